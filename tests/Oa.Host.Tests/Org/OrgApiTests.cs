using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Org;

public sealed class OrgApiTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task UserSearch_ByChineseName_FindsDemoUserWithDepartmentPath()
    {
        var client = await factory.ClientAsAsync("zhangsan");
        var users = await (await client.GetAsync("/api/org/users?q=" + Uri.EscapeDataString("王磊"))).JsonAsync();
        var hit = Assert.Single(users.EnumerateArray());
        Assert.Equal("wanglei", hit.GetProperty("userName").GetString());
        Assert.Equal("西安示例软件有限公司 / 服务运营部 / 京津冀鲁", hit.GetProperty("department").GetString());
    }

    [Fact]
    public async Task CreateUser_AsNonAdmin_Returns403()
    {
        var client = await factory.ClientAsAsync("zhangsan");
        var response = await client.PostAsJsonAsync("/api/org/users", new { userName = ApiClient.Unique("x"), displayName = "X", password = "Passw0rd!" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CreateUser_AsAdmin_CanSignInAndAppearsInSearch()
    {
        var admin = await factory.ClientAsAsync("admin");
        var name = ApiClient.Unique("new");
        var response = await admin.PostAsJsonAsync("/api/org/users", new
        {
            userName = name, displayName = "新员工", password = "Start@2026", departmentId = "fwyyb-jys", roles = new[] { "财务" },
            employeeNo = ApiClient.Unique("E"), dailyWage = 420.5m, location = "OnSite",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("OnSite", body.GetProperty("location").GetString());
        Assert.Equal(["财务"], body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var self = await factory.ClientAsAsync(name, "Start@2026");
        Assert.Equal(HttpStatusCode.OK, (await self.GetAsync("/api/auth/me")).StatusCode);
        var search = await (await admin.GetAsync($"/api/org/users?q={name}")).JsonAsync();
        Assert.Single(search.EnumerateArray());
    }

    [Fact]
    public async Task CreateUser_InvalidInput_Returns400WithEveryFieldError()
    {
        var admin = await factory.ClientAsAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/org/users", new { userName = "zhangsan", displayName = "", password = "x", departmentId = "no-such", roles = new[] { "不存在" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "userName", "displayName", "departmentId", "roles" })
            Assert.True(errors.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task GetUser_AsOtherUser_ReturnsPublicCardOnly()
    {
        var client = await factory.ClientAsAsync("lisi");
        var card = await (await client.GetAsync("/api/org/users/wanglei")).JsonAsync();
        Assert.Equal("王磊", card.GetProperty("displayName").GetString());
        Assert.False(card.TryGetProperty("dailyWage", out _));
        var admin = await factory.ClientAsAsync("admin");
        var full = await (await admin.GetAsync("/api/org/users/wanglei")).JsonAsync();
        Assert.Equal(650m, full.GetProperty("dailyWage").GetDecimal());
    }

    [Fact]
    public async Task Department_CreateMoveUnderItself_Rejected()
    {
        var admin = await factory.ClientAsAsync("admin");
        var a = ApiClient.Unique("d");
        var b = ApiClient.Unique("d");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/org/departments", new { id = a, name = "甲", parentId = "gs" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/org/departments", new { id = b, name = "乙", parentId = a })).StatusCode);
        var cycle = await admin.PutAsJsonAsync($"/api/org/departments/{a}", new { name = "甲", parentId = b });
        Assert.Equal(HttpStatusCode.BadRequest, cycle.StatusCode);
        Assert.True((await cycle.JsonAsync()).GetProperty("errors").TryGetProperty("parentId", out _));
    }

    [Fact]
    public async Task Department_DeleteWithMembers_Returns409AndKeepsIt()
    {
        var admin = await factory.ClientAsAsync("admin");
        var response = await admin.DeleteAsync("/api/org/departments/cwb");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/org/departments/cwb")).StatusCode);
    }

    [Fact]
    public async Task Department_HeadChange_VisibleToPickerImmediately()
    {
        var admin = await factory.ClientAsAsync("admin");
        var id = ApiClient.Unique("d");
        await admin.PostAsJsonAsync("/api/org/departments", new { id, name = "临时组", parentId = "gs" });
        (await admin.PutAsJsonAsync($"/api/org/departments/{id}", new { name = "临时组", parentId = "gs", headUserName = "lisi" })).EnsureSuccessStatusCode();
        var list = await (await admin.GetAsync("/api/org/departments?q=" + Uri.EscapeDataString("临时组"))).JsonAsync();
        Assert.Contains(list.EnumerateArray(), d => d.GetProperty("id").GetString() == id && d.GetProperty("headUserName").GetString() == "lisi");
    }

    [Fact]
    public async Task Deactivate_User_RevokesTokensAndHidesFromPicker()
    {
        var admin = await factory.ClientAsAsync("admin");
        var name = ApiClient.Unique("leaver");
        await admin.PostAsJsonAsync("/api/org/users", new { userName = name, displayName = "离职者", password = "Leave@2026" });
        var leaver = await factory.ClientAsAsync(name, "Leave@2026");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/org/users/{name}/deactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await leaver.GetAsync("/api/auth/me")).StatusCode);
        var search = await (await admin.GetAsync($"/api/org/users?q={name}")).JsonAsync();
        Assert.Empty(search.EnumerateArray());
    }

    [Fact]
    public async Task SetRoles_UnknownUser_Returns404()
    {
        var admin = await factory.ClientAsAsync("admin");
        var response = await admin.PutAsJsonAsync("/api/org/users/nobody-x/roles", new { roles = new[] { "财务" } });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ExportThenImport_RoundTripsUsersAndRejectsBadRows()
    {
        var admin = await factory.ClientAsAsync("admin");
        var export = await admin.GetAsync("/api/org/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 1000);

        var name = ApiClient.Unique("imp");
        using var ms = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(ms, new[]
        {
            new Dictionary<string, object?> { ["用户名"] = name, ["姓名"] = "导入者", ["部门编号"] = "cwb", ["初始密码"] = "Import@2026", ["角色"] = "财务", ["工作地点"] = "总部", ["日工资"] = 300m },
            new Dictionary<string, object?> { ["用户名"] = name + "b", ["姓名"] = "坏行", ["部门编号"] = "no-such", ["初始密码"] = "Import@2026", ["角色"] = "", ["工作地点"] = "总部", ["日工资"] = 300m },
        });
        var bad = await admin.PostAsync("/api/org/import", File(ms.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.JsonAsync()).GetProperty("errors").TryGetProperty("rows[3].departmentId", out _));
        // All or nothing: the good first row was not kept either.
        Assert.Empty((await (await admin.GetAsync($"/api/org/users?q={name}")).JsonAsync()).EnumerateArray());
    }

    private static MultipartFormDataContent File(byte[] bytes)
    {
        var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(bytes), "file", "org.xlsx");
        return content;
    }
}
