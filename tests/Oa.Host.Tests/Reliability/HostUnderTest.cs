using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Reliability;

/// <summary>
/// The built Oa.Host.dll as a child process on its own port over a SQLite file that outlives it, so a test can
/// SIGKILL it (no shutdown hooks run) and start a fresh process on the same database.
/// </summary>
public sealed class HostUnderTest : IAsyncDisposable
{
    public const string AdminPassword = "Admin@Kill1";
    private readonly List<string> _log = [];
    private Process? _process;

    public HostUnderTest(string dataDirectory) => DataDirectory = dataDirectory;

    public string DataDirectory { get; }

    public string BaseUrl { get; private set; } = "";

    public async Task StartAsync()
    {
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        var hostDir = Path.Combine(RepoRoot(), "Host", "Oa.Host");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(hostDir, "bin", configuration, "net10.0", "Oa.Host.dll");
        Assert.True(File.Exists(dll), $"build the host first: {dll}");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", BaseUrl, "--contentRoot", hostDir])
        {
            WorkingDirectory = hostDir, RedirectStandardOutput = true, RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Oa"] = $"Data Source={Path.Combine(DataDirectory, "oa.db")}",
                ["Storage__DataDirectory"] = DataDirectory,
                ["Bootstrap__AdminUserName"] = "admin",
                ["Bootstrap__AdminPassword"] = AdminPassword,
                ["Bootstrap__DemoData"] = "true",
                ["Definitions__ImportOnStart"] = "false",
                ["Timers__PollSeconds"] = "1",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start the host");
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.Add(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.Add(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var deadline = DateTime.UtcNow.AddMinutes(6); DateTime.UtcNow < deadline; await Task.Delay(300))
        {
            Assert.False(_process.HasExited, "the host exited during start-up:\n" + Log());
            try { if ((await http.GetAsync(BaseUrl + "/health/ready")).StatusCode == HttpStatusCode.OK) return; }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
        }
        throw new TimeoutException("the host did not become ready:\n" + Log());
    }

    /// <summary>SIGKILL on Unix: the process gets no chance to flush, finish requests or run shutdown code.</summary>
    public async Task KillAsync()
    {
        _process!.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async Task<HttpClient> ClientAsAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = userName == "admin" ? AdminPassword : ApiClient.DemoPassword });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public string Log() { lock (_log) return string.Join('\n', _log.TakeLast(60)); }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false }) await KillAsync();
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Oa.sln"))) return dir.FullName;
        throw new InvalidOperationException("Oa.sln not found");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
