using System.Net;
using System.Text.RegularExpressions;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Shell;

public sealed partial class ShellPageTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task Home_Anonymous_RedirectsToLogin()
    {
        var response = await factory.Anonymous().GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Login_WithAntiforgeryToken_ShowsShellInChinese()
    {
        var (client, html) = await SignInAsync("zhangsan", ApiClient.DemoPassword);
        Assert.Contains("你好，张三", html);
        Assert.Contains("工作台", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Profile")).StatusCode);
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_IsRejected()
    {
        var client = factory.Anonymous();
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "zhangsan", ["Password"] = ApiClient.DemoPassword }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsErrorAndNoCookie()
    {
        var client = factory.Anonymous();
        var token = await AntiforgeryAsync(client, "/Account/Login");
        var response = await client.PostAsync("/Account/Login", Form(token, ("UserName", "lisi"), ("Password", "bad-password")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var c) ? c : [], v => v.StartsWith("oa.auth", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_ReturnUrlToOtherSite_RedirectsHomeInstead()
    {
        var client = factory.Anonymous();
        var token = await AntiforgeryAsync(client, "/Account/Login");
        var response = await client.PostAsync("/Account/Login", Form(token, ("UserName", "wangwu"), ("Password", ApiClient.DemoPassword), ("ReturnUrl", "https://evil.example/")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Api_WithCookieButNoAntiforgeryHeader_Returns400()
    {
        var (client, _) = await SignInAsync("lisi", ApiClient.DemoPassword);
        var response = await client.PostAsync("/api/auth/tokens", new StringContent("""{"name":"csrf","expiresInDays":1}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("anti-forgery", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Language_SwitchToEnglish_TranslatesShell()
    {
        var (client, html) = await SignInAsync("wangwu", ApiClient.DemoPassword);
        var token = AntiforgeryFrom(html);
        await client.PostAsync("/Account/Language", Form(token, ("culture", "en"), ("returnUrl", "/")));
        var english = await client.GetStringAsync("/");
        Assert.Contains("Workbench", english);
        Assert.Contains("Hello", english);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        var response = await factory.Anonymous().GetAsync("/Account/Login");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Health_LiveAndReady_Answer200Anonymously()
    {
        var client = factory.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_DocumentListsTheCoreRoutes()
    {
        var doc = await factory.Anonymous().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/auth/token", doc);
        Assert.Contains("/api/org/users", doc);
    }

    private async Task<(HttpClient Client, string Html)> SignInAsync(string user, string password)
    {
        var client = factory.CreateClient(); // follows redirects and keeps cookies
        var token = await AntiforgeryAsync(client, "/Account/Login");
        var response = await client.PostAsync("/Account/Login", Form(token, ("UserName", user), ("Password", password)));
        return (client, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> AntiforgeryAsync(HttpClient client, string path) => AntiforgeryFrom(await client.GetStringAsync(path));

    private static string AntiforgeryFrom(string html) => TokenPattern().Match(html).Groups[1].Value;

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
