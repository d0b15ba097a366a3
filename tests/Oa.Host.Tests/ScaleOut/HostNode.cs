using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Oa.Host.Tests.ScaleOut;

/// <summary>
/// One node of a cluster: the built host (`dotnet Oa.Host.dll`, as an administrator runs it) on a free loopback
/// port, a process of its own with its own memory, caches and scheduler, over the database and data folder it is
/// given.
/// </summary>
public sealed class HostNode : IAsyncDisposable
{
    public const string AdminPassword = "Admin@Node1";
    private readonly List<string> _log = [];
    private readonly Process _process;

    private HostNode(Process process, string baseUrl) => (_process, BaseUrl) = (process, baseUrl);

    public string BaseUrl { get; }

    public static async Task<HostNode> StartAsync(string connectionString, string dataDirectory, IReadOnlyDictionary<string, string>? settings = null)
    {
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var hostDir = Path.Combine(RepositoryRoot(), "Host", "Oa.Host");
        var dll = Path.Combine(AppContext.BaseDirectory, "Oa.Host.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", baseUrl, "--contentRoot", hostDir])
        {
            WorkingDirectory = hostDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__Oa"] = connectionString,
                ["Storage__DataDirectory"] = dataDirectory,
                ["Bootstrap__AdminUserName"] = "admin",
                ["Bootstrap__AdminPassword"] = AdminPassword,
                ["Bootstrap__DemoData"] = "true",
                ["Definitions__ImportOnStart"] = "false",
                ["Backup__Enabled"] = "false",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key.Replace(":", "__")] = value;
        var node = new HostNode(Process.Start(start) ?? throw new InvalidOperationException("could not start the host"), baseUrl);
        node._process.OutputDataReceived += (_, e) => node.Append(e.Data);
        node._process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        await node.WaitUntilReadyAsync();
        return node;
    }

    /// <summary>A client without cookies or credentials, addressed to this node.</summary>
    public HttpClient Client(HttpMessageHandler? handler = null) =>
        new(handler ?? new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>A bearer token issued by this node.</summary>
    public async Task<string> TokenAsync(string userName)
    {
        using var client = Client();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = userName == "admin" ? AdminPassword : "Demo@2026" });
        Assert.True(response.IsSuccessStatusCode, $"{BaseUrl} token for {userName}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    public string Log() { lock (_log) return string.Join('\n', _log.TakeLast(60)); }

    private void Append(string? line) { if (line is not null) lock (_log) _log.Add(line); }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        // Generous: a node started beside another waits for it to initialise the database first, on a busy CI box.
        var deadline = DateTime.UtcNow.AddMinutes(6);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The host at {BaseUrl} exited during start-up:\n{Log()}");
            try
            {
                if ((await http.GetAsync(BaseUrl + "/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(300);
        }
        throw new TimeoutException($"The host at {BaseUrl} did not become ready within 6 minutes:\n{Log()}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Oa.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Oa.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
