using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Org;

/// <summary>GET /api/org/users?names=…: the designer pickers' batch look-up that turns the ids a model stores into names.</summary>
public sealed class OrgNamesLookupTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task UsersByNames_ReturnsEachKnownAccountOnce_AndSkipsUnknownOnes()
    {
        var client = await factory.ClientAsAsync("zhangsan");
        var users = await (await client.GetAsync("/api/org/users?names=lisi,%20zhangsan,nobody-x,LISI")).JsonAsync();
        var byName = users.EnumerateArray().ToDictionary(u => u.GetProperty("userName").GetString()!, u => u.GetProperty("displayName").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["lisi"] = "李四", ["zhangsan"] = "张三" }, byName);
    }

    [Fact]
    public async Task UsersByNames_IncludesDeactivatedAccount_MarkedInactive()
    {
        var admin = await factory.ClientAsAsync("admin");
        var name = ApiClient.Unique("gone");
        await admin.PostAsJsonAsync("/api/org/users", new { userName = name, displayName = "已离职", password = "Leave@2026" });
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/org/users/{name}/deactivate", null)).StatusCode);

        var client = await factory.ClientAsAsync("zhangsan");
        var hit = Assert.Single((await (await client.GetAsync($"/api/org/users?names={name}")).JsonAsync()).EnumerateArray());
        Assert.Equal("已离职", hit.GetProperty("displayName").GetString());
        Assert.False(hit.GetProperty("active").GetBoolean());
    }
}
