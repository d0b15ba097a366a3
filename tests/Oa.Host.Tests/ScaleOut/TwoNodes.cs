using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.ScaleOut;

/// <summary>
/// Two host processes on one PostgreSQL database and one shared data folder, the way a company grows past one
/// machine: node A starts first (it creates the schema and the demo organisation), then node B joins. Both sweep
/// timers every second, so a timer's firing is contended for by both schedulers.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "oa-scale", Guid.NewGuid().ToString("N"));
    private ScratchPostgres? _db;

    public HostNode A { get; private set; } = null!;
    public HostNode B { get; private set; } = null!;
    public ScratchPostgres Database => _db!;

    public async Task InitializeAsync()
    {
        _db = await ScratchPostgres.CreateAsync("oa_scale_");
        Directory.CreateDirectory(_data);
        var settings = new Dictionary<string, string> { ["Timers:PollSeconds"] = "1", ["ReverseProxy:Enabled"] = "true" };
        A = await HostNode.StartAsync(_db.ConnectionString, _data, settings);
        B = await HostNode.StartAsync(_db.ConnectionString, _data, settings);
    }

    public async Task DisposeAsync()
    {
        if (B is not null) await B.DisposeAsync();
        if (A is not null) await A.DisposeAsync();
        if (_db is not null) await _db.DisposeAsync();
        try { Directory.Delete(_data, true); } catch (IOException) { }
    }
}

/// <summary>Cookies by hand: a browser behind a load balancer sends the same cookies to whichever node answers.</summary>
public sealed class CookieJar
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public void Take(HttpResponseMessage response)
    {
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';', 2)[0];
            var eq = pair.IndexOf('=');
            _cookies[pair[..eq]] = pair[(eq + 1)..];
        }
    }

    public HttpRequestMessage Request(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        return request;
    }

    public bool Has(string prefix) => _cookies.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));
}

public static partial class NodeApi
{
    public static HttpClient As(this HostNode node, string token)
    {
        var client = node.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static string AntiforgeryToken(string html) =>
        TokenInput().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no anti-forgery token on the page");

    public static async Task<JsonElement> JsonOkAsync(this HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(ApiClient.Json);
    }

    public static async Task<List<string>> TodoInstancesAsync(this HttpClient client)
    {
        var page = await (await client.GetAsync("/api/tasks?box=todo&pageSize=100")).JsonOkAsync();
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("instanceId").GetString()!)];
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
