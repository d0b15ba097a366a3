using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Auth;

public sealed class TokenApiTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task Token_WithDemoPassword_AuthenticatesApiCalls()
    {
        var client = await factory.ClientAsAsync("zhangsan");
        var me = await (await client.GetAsync("/api/auth/me")).JsonAsync();
        Assert.Equal("zhangsan", me.GetProperty("userName").GetString());
        Assert.Equal("张三", me.GetProperty("displayName").GetString());
        Assert.Contains("京津冀鲁", me.GetProperty("department").GetString());
    }

    [Fact]
    public async Task Me_WithoutToken_Returns401NotRedirect()
    {
        var response = await factory.Anonymous().GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_WithUnknownToken_Returns401()
    {
        var client = factory.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "oa_notarealtoken");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Token_WrongPassword_Returns401ProblemWithoutSayingWhich()
    {
        var client = factory.Anonymous();
        var wrong = await client.PostAsJsonAsync("/api/auth/token", new { userName = "lisi", password = "nope-nope" });
        var unknown = await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody-here", password = "nope-nope" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.Equal((await wrong.JsonAsync()).GetProperty("detail").GetString(), (await unknown.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Token_MissingFields_Returns400WithFieldErrors()
    {
        var response = await factory.Anonymous().PostAsJsonAsync("/api/auth/token", new { userName = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("userName", out _));
    }

    [Fact]
    public async Task Token_FiveWrongPasswords_LocksAccountEvenForRightPassword()
    {
        var admin = await factory.ClientAsAsync("admin");
        var name = ApiClient.Unique("lock");
        (await admin.PostAsJsonAsync("/api/org/users", new { userName = name, displayName = "锁定测试", password = "Right@2026" })).EnsureSuccessStatusCode();
        var client = factory.Anonymous();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/auth/token", new { userName = name, password = "wrong-" + i });
        var right = await client.PostAsJsonAsync("/api/auth/token", new { userName = name, password = "Right@2026" });
        Assert.Equal((HttpStatusCode)423, right.StatusCode);
    }

    [Fact]
    public async Task PersonalToken_CreatedListedRevoked_StopsWorkingAfterRevoke()
    {
        var client = await factory.ClientAsAsync("wangwu");
        var created = await client.PostAsJsonAsync("/api/auth/tokens", new { name = "脚本", expiresInDays = 30 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        var secret = body.GetProperty("token").GetString()!;
        var id = body.GetProperty("id").GetString();

        var pat = factory.Anonymous();
        pat.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await pat.GetAsync("/api/auth/me")).StatusCode);
        var list = await (await client.GetAsync("/api/auth/tokens")).JsonAsync();
        Assert.Contains(list.EnumerateArray(), t => t.GetProperty("id").GetString() == id && !t.TryGetProperty("token", out _));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/auth/tokens/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await pat.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task PersonalToken_RevokeSomeoneElses_Returns404AndTokenKeepsWorking()
    {
        var owner = await factory.ClientAsAsync("zhaoliu");
        var body = await (await owner.PostAsJsonAsync("/api/auth/tokens", new { name = "mine", expiresInDays = 5 })).JsonAsync();
        var other = await factory.ClientAsAsync("lisi");
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/auth/tokens/{body.GetProperty("id").GetString()}")).StatusCode);
        var pat = factory.Anonymous();
        pat.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await pat.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task PersonalToken_InvalidLifetime_Returns400()
    {
        var client = await factory.ClientAsAsync("lisi");
        var response = await client.PostAsJsonAsync("/api/auth/tokens", new { name = "x", expiresInDays = 999 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
