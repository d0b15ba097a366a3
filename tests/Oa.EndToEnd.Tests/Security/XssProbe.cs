using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests.Security;

/// <summary>
/// One signed-in person's browser for the sweep. The context bypasses the CSP, so an injection would really run
/// (the CSP is defence in depth, not the fix); each visited page is then checked three ways: no payload ran
/// (<c>window.__xss</c> unset, no dialog), no payload became markup (no element with an injected handler, no
/// <c>img src=x</c>, no script holding the payload, no <c>javascript:</c> link), and the payload texts the page should
/// show are there literally (in text or in form inputs), so a page that silently drops the text does not pass.
/// </summary>
public sealed class XssProbe(IBrowserContext context, IPage page, string who, List<string> failures) : IAsyncDisposable
{
    private const string InjectedMarkup = """
        () => {
          const found = [];
          for (const el of document.querySelectorAll('*')) {
            for (const a of el.attributes) if (/^on/i.test(a.name) && a.value.includes('__xss')) found.push(`<${el.tagName.toLowerCase()} ${a.name}>`);
            if (el.tagName === 'A' && /^\s*javascript:/i.test(el.getAttribute('href') || '')) found.push(`<a href=${el.getAttribute('href')}>`);
          }
          document.querySelectorAll('img[src="x"]').forEach(() => found.push('<img src=x>'));
          for (const s of document.scripts) if (s.text.includes('__xss') && !/json|xml/.test(s.type)) found.push('<script>' + s.text.slice(0, 40));
          return found;
        }
        """;

    private const string ShownText = """
        () => document.body.innerText + '\n' + [...document.querySelectorAll('input, textarea, select')].map(e => e.value).join('\n')
        """;

    private readonly List<string> _dialogs = [];

    public IPage Page => page;

    /// <summary><paramref name="who"/> names the person in failures and screenshot names (user names carry a random suffix).</summary>
    public static async Task<XssProbe> SignInAsync(EndToEnd e2e, string user, string who, List<string> failures, string password = "Demo@2026")
    {
        var probe = await AnonymousAsync(e2e, who, failures);
        await Pages.SignInAsync(probe.Page, user, password);
        return probe;
    }

    public static async Task<XssProbe> AnonymousAsync(EndToEnd e2e, string who, List<string> failures)
    {
        var context = await e2e.Browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = e2e.Host.BaseUrl,
            Locale = "zh-CN",
            BypassCSP = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var probe = new XssProbe(context, await context.NewPageAsync(), who, failures);
        probe.Page.Dialog += async (_, d) => { lock (probe._dialogs) probe._dialogs.Add(d.Message); await d.DismissAsync(); };
        return probe;
    }

    /// <summary>Opens the page, waits for its islands, and checks it.</summary>
    public Task VisitAsync(string url, params string[] shown) => VisitAsync(url, 200, shown);

    /// <summary>Opens a page that answers <paramref name="status"/> (a refusal page shows text too).</summary>
    public async Task VisitAsync(string url, int status, params string[] shown)
    {
        var response = await page.GotoAsync(url);
        if (response is null || response.Status != status)
        {
            failures.Add($"{who} {url}: HTTP {response?.Status}, expected {status}");
            return;
        }
        await SettleAsync();
        await CheckAsync(url, shown);
    }

    /// <summary>Checks the page as it is now (after a click, a hover, a post).</summary>
    public async Task CheckAsync(string where, params string[] shown)
    {
        var ran = await page.EvaluateAsync<string?>("() => typeof window.__xss === 'undefined' ? null : String(window.__xss)");
        var injected = await page.EvaluateAsync<string[]>(InjectedMarkup);
        string[] dialogs;
        lock (_dialogs) dialogs = [.. _dialogs];
        if (ran is not null || injected.Length > 0 || dialogs.Length > 0)
            failures.Add($"{who} {where}: ran={ran ?? "no"} markup=[{string.Join(", ", injected)}] dialogs=[{string.Join("|", dialogs)}]");
        var text = await page.EvaluateAsync<string>(ShownText);
        foreach (var s in shown.Where(s => !text.Contains(s, StringComparison.Ordinal)))
            failures.Add($"{who} {where}: does not show the text {s}");
        await Browser.ScreenshotAsync(page, "xss-" + Slug(who + where));
    }

    /// <summary>Lets the islands render; a page that keeps the network busy (an injected image retried on every render) is checked anyway.</summary>
    public async Task SettleAsync()
    {
        try { await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 10_000 }); }
        catch (TimeoutException) { await page.WaitForTimeoutAsync(500); }
    }

    // Ids and random keys out, so a rerun overwrites the screenshots instead of adding new ones.
    private static string Slug(string s) =>
        Regex.Replace(Regex.Replace(s, "[0-9a-f]{32}|(?<=Xss|xss)[0-9a-f]{6}", "id"), "[^A-Za-z0-9]+", "-").Trim('-');

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
