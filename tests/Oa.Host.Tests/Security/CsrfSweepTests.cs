using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Security;

/// <summary>
/// Cross-site request forgery, swept over every route: a signed-in browser (the admin, so no role check stops the
/// request first) that posts without the anti-forgery token is refused with 400 on every page and on every
/// state-changing cookie API call; and repeated bad passwords on the login page lock the account.
/// </summary>
public sealed partial class CsrfSweepTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task EveryPage_PostWithCookieButNoToken_Is400()
    {
        var client = await SignInAsync("admin", OaFactory.AdminPassword);
        var pages = Endpoints().Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => Fill(e.RoutePattern.RawText)).Distinct().Order().ToList();
        Assert.True(pages.Count > 20, $"only {pages.Count} pages found");
        var failures = new List<string>();
        foreach (var page in pages)
        {
            var response = await client.PostAsync(page, new FormUrlEncodedContent([KeyValuePair.Create("x", "1")]));
            if (response.StatusCode != HttpStatusCode.BadRequest) failures.Add($"POST {page} → {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task EveryStateChangingApiRoute_WithCookieButNoHeader_Is400()
    {
        var client = await SignInAsync("admin", OaFactory.AdminPassword);
        var routes = Endpoints().Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Url: Fill(e.RoutePattern.RawText))))
            .Where(r => r.Url.StartsWith("/api/", StringComparison.Ordinal) && r.Method is not ("GET" or "HEAD" or "OPTIONS"))
            .Distinct().ToList();
        Assert.True(routes.Count > 40, $"only {routes.Count} routes found");
        var failures = new List<string>();
        foreach (var (method, url) in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest || !body.Contains("anti-forgery")) failures.Add($"{method} {url} → {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task LoginPage_FiveWrongPasswords_LocksTheAccount_EvenForTheRightOne()
    {
        var client = factory.Anonymous();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await PostLoginAsync(client, "zhoumin", "wrong-" + i);
            Assert.True(wrong.Contains("用户名或密码错误"), ErrorOf(wrong));
        }
        // The fifth failure (Security:LockoutAttempts = 5) locks the account at once.
        var fifth = await PostLoginAsync(client, "zhoumin", "wrong-5");
        Assert.True(fifth.Contains("账号已被锁定"), ErrorOf(fifth));
        var right = await client.PostAsync("/Account/Login", await LoginFormAsync(client, "zhoumin", ApiClient.DemoPassword));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode); // the form again, not the redirect of a sign-in
        Assert.Contains("账号已被锁定", await right.Content.ReadAsStringAsync());
        Assert.DoesNotContain(right.Headers.TryGetValues("Set-Cookie", out var c) ? c : [], v => v.StartsWith("oa.auth", StringComparison.Ordinal));
    }

    private static string ErrorOf(string html) => html.IndexOf("class=\"error\"", StringComparison.Ordinal) is var at and >= 0 ? html.Substring(at, Math.Min(200, html.Length - at)) : html[..Math.Min(html.Length, 1500)];

    private IEnumerable<RouteEndpoint> Endpoints() =>
        factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>();

    private async Task<HttpClient> SignInAsync(string user, string password)
    {
        var client = factory.CreateClient();
        var html = await PostLoginAsync(client, user, password);
        Assert.DoesNotContain("用户名或密码错误", html);
        return client;
    }

    private static async Task<string> PostLoginAsync(HttpClient client, string user, string password) =>
        await (await client.PostAsync("/Account/Login", await LoginFormAsync(client, user, password))).Content.ReadAsStringAsync();

    private static async Task<FormUrlEncodedContent> LoginFormAsync(HttpClient client, string user, string password)
    {
        var token = TokenPattern().Match(await client.GetStringAsync("/Account/Login")).Groups[1].Value;
        return new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password, ["__RequestVerificationToken"] = token });
    }

    // Route values are placeholders: the anti-forgery check runs before any handler looks them up.
    private static string Fill(string? raw) => "/" + ParameterPattern().Replace(raw ?? "", m => m.Value.Contains(":long") || m.Value.Contains(":int") ? "1" : m.Value.Contains(":guid") ? Guid.Empty.ToString() : "x").Trim('/');

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
