using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests;

/// <summary>Debian's Chromium driven by Playwright (no browser download), plus screenshots for review.</summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public IBrowser Instance { get; private set; } = null!;

    public static string ScreenshotDir => Path.Combine(HostProcess.RepositoryRoot, "test-results", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath)) throw new FileNotFoundException("Install Debian's chromium (.ci/run does): apt-get install chromium", ChromiumPath);
        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The sandbox needs user namespaces that CI (running as root) lacks; the rest keeps Chromium off the network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(string baseUrl, bool phone = false)
    {
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = "zh-CN",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 860 },
            IsMobile = phone,
            HasTouch = phone,
        });
        return await context.NewPageAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (Instance is not null) await Instance.DisposeAsync();
        _playwright?.Dispose();
    }
}
