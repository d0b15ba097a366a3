using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Oa.EndToEnd.Tests;

/// <summary>
/// The real product: the built Oa.Host executable on a free loopback port, over a fresh SQLite file, with the
/// demo organisation and the shipped definitions — what a user gets from the README's run command.
/// </summary>
public sealed class HostProcess : IAsyncLifetime
{
    public const string AdminPassword = "Admin@E2e1";
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "oa-e2e", Guid.NewGuid().ToString("N"));
    private readonly List<string> _log = [];
    private Process? _process;

    public string BaseUrl { get; private set; } = "";

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDir);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var hostDir = Path.Combine(RepositoryRoot, "Host", "Oa.Host");
        var dll = Path.Combine(hostDir, "bin", Metadata("Configuration"), "net10.0", "Oa.Host.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("Build the host first (the test project references it).", dll);
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", BaseUrl, "--contentRoot", hostDir])
        {
            WorkingDirectory = hostDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Oa"] = $"Data Source={Path.Combine(_dataDir, "oa.db")}",
                ["Storage__DataDirectory"] = _dataDir,
                ["Bootstrap__AdminUserName"] = "admin",
                ["Bootstrap__AdminPassword"] = AdminPassword,
                ["Bootstrap__DemoData"] = "true",
            },
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start the host");
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.Add(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.Add(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try { Directory.Delete(_dataDir, true); } catch (IOException) { }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited) throw new InvalidOperationException("The host exited during start-up:\n" + Log());
            try
            {
                if ((await http.GetAsync(BaseUrl + "/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(500);
        }
        throw new TimeoutException("The host did not become ready within 3 minutes:\n" + Log());
    }

    public string Log() { lock (_log) return string.Join('\n', _log.TakeLast(80)); }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Metadata(string key) =>
        typeof(HostProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
