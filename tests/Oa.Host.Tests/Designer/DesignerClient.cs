using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Designer;

/// <summary>A signed-in browser stand-in for the designer pages: cookie login, anti-forgery tokens from pages, no auto-redirects.</summary>
public sealed partial class DesignerClient
{
    private readonly HttpClient _client;

    private DesignerClient(HttpClient client) => _client = client;

    public static async Task<DesignerClient> SignInAsync(OaFactory factory, string user)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var browser = new DesignerClient(client);
        var password = user == "admin" ? OaFactory.AdminPassword : ApiClient.DemoPassword;
        var login = await browser.PostAsync("/Account/Login", "/Account/Login", ("UserName", user), ("Password", password));
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

    /// <summary>Posts a form with the anti-forgery token of <paramref name="tokenPage"/>, as the page's own form would.</summary>
    public async Task<HttpResponseMessage> PostAsync(string tokenPage, string action, params (string Key, string Value)[] fields)
    {
        var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", await TokenAsync(tokenPage))));
        return await _client.PostAsync(action, content);
    }

    public async Task<HttpResponseMessage> UploadAsync(string tokenPage, string action, params (string Name, string Content)[] files)
    {
        var content = new MultipartFormDataContent { { new StringContent(await TokenAsync(tokenPage)), "__RequestVerificationToken" } };
        foreach (var (name, text) in files) content.Add(new StringContent(text), "files", name);
        return await _client.PostAsync(action, content);
    }

    /// <summary>A refused page request: the cookie scheme redirects to /Account/Denied, which answers 403.</summary>
    public async Task AssertDeniedAsync(HttpResponseMessage response, string what)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what}: {(int)response.StatusCode}");
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("/Account/Denied", location);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.GetAsync(location)).StatusCode);
    }

    /// <summary>The version the designer redirected to after 发布 (…?published=N).</summary>
    public static int PublishedVersion(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect after publishing, got {(int)response.StatusCode}");
        return int.Parse(PublishedPattern().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    public static T Query<T>(OaFactory factory, Func<OaDbContext, T> query)
    {
        using var scope = factory.Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<OaDbContext>());
    }

    private async Task<string> TokenAsync(string page)
    {
        var html = await (await _client.GetAsync(page)).Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html);
        return token.Success ? token.Groups[1].Value : MetaPattern().Match(html).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaPattern();

    [GeneratedRegex(@"[?&]published=(\d+)")]
    private static partial Regex PublishedPattern();
}
