using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Workbench;

/// <summary>A signed-in browser stand-in: cookie login, anti-forgery tokens read from pages, form posts, no auto-redirects.</summary>
public sealed partial class WorkbenchBrowser
{
    private readonly HttpClient _client;

    private WorkbenchBrowser(HttpClient client) => _client = client;

    public static async Task<WorkbenchBrowser> SignInAsync(OaFactory factory, string user, string password = ApiClient.DemoPassword)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var browser = new WorkbenchBrowser(client);
        var login = await browser.PostFormAsync("/Account/Login", "/Account/Login", ("UserName", user), ("Password", password));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return browser;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(path);

    public async Task<string> PageAsync(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form as the page at <paramref name="pagePath"/> would (its anti-forgery token included).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pagePath, string action, params (string Key, string Value)[] fields)
    {
        var html = await (await _client.GetAsync(pagePath)).Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html).Groups[1].Value;
        var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        return await _client.PostAsync(action, content);
    }

    public static string Json(object value) => JsonSerializer.Serialize(value);

    public static string InstanceIdFrom(HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var match = InstancePattern().Match(redirect.Headers.Location!.OriginalString);
        Assert.True(match.Success, redirect.Headers.Location.OriginalString);
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^/Workbench/Instance/([0-9a-f]+)")]
    private static partial Regex InstancePattern();
}
