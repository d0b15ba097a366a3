using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Workflow;

public sealed class LeaverTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task DeactivatingAnApprover_MovesTheirOpenTaskToTheNextHead()
    {
        await factory.PublishLeaveAsync();
        var admin = await factory.ClientAsAsync("admin");
        var dept = ApiClient.Unique("grp");
        var head = ApiClient.Unique("head");
        var staff = ApiClient.Unique("staff");
        (await admin.PostAsJsonAsync("/api/org/departments", new { id = dept, name = "临时小组", parentId = "fwyyb-jjjl" })).EnsureSuccessStatusCode();
        foreach (var (name, display) in new[] { (head, "组长"), (staff, "组员") })
            (await admin.PostAsJsonAsync("/api/org/users", new { userName = name, displayName = display, password = "Group@2026", departmentId = dept })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/org/departments/{dept}", new { name = "临时小组", parentId = "fwyyb-jjjl", headUserName = head })).EnsureSuccessStatusCode();

        var id = (await (await factory.ClientAsAsync(staff, "Group@2026")).StartLeaveAsync(1)).GetProperty("id").GetString()!;
        Assert.NotNull(await (await factory.ClientAsAsync(head, "Group@2026")).TodoTaskAsync(id));

        var response = await admin.PostAsync($"/api/org/users/{head}/deactivate", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("wanglei", (await response.JsonAsync()).GetProperty("tasksMovedTo").GetString());
        var wanglei = await factory.ClientAsAsync("wanglei");
        var task = await wanglei.TodoTaskAsync(id);
        Assert.NotNull(task);
        var instance = await (await admin.GetAsync($"/api/instances/{id}")).JsonAsync();
        Assert.Contains(instance.GetProperty("history").EnumerateArray(), h => h.GetProperty("type").GetString() == "TaskReassigned");
        Assert.Equal(HttpStatusCode.OK, (await wanglei.ActAsync(task!, "approve")).StatusCode);
    }
}

public sealed class ReturnAndUrgeTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task Return_FromLeaderToHead_ReactivatesHeadNode()
    {
        await factory.PublishLeaveAsync();
        var id = (await (await factory.ClientAsAsync("zhangsan")).StartLeaveAsync(5)).GetProperty("id").GetString()!;
        var head = await factory.ClientAsAsync("wanglei");
        await head.ActAsync((await head.TodoTaskAsync(id))!, "approve");
        var leader = await factory.ClientAsAsync("sunli");
        var leaderTask = (await leader.TodoTaskAsync(id))!;

        var bad = await leader.ActAsync(leaderTask, "return", new { targetElementId = "Task_Hr" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.ActAsync(leaderTask, "return", new { targetElementId = "Task_Head", comment = "请补充说明" })).StatusCode);

        Assert.Null(await leader.TodoTaskAsync(id));
        var again = await head.TodoTaskAsync(id);
        Assert.NotNull(again);
        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync(again!, "approve")).StatusCode);
        Assert.NotNull(await leader.TodoTaskAsync(id));
    }

    [Fact]
    public async Task AddSigner_GivesTheNewApproverATask_NotAllowedWhereThePolicySaysNo()
    {
        await factory.PublishLeaveAsync();
        var id = (await (await factory.ClientAsAsync("zhangsan")).StartLeaveAsync(5)).GetProperty("id").GetString()!;
        var head = await factory.ClientAsAsync("wanglei");
        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync((await head.TodoTaskAsync(id))!, "add-signer", new { userName = "lisi" })).StatusCode);
        var lisi = await factory.ClientAsAsync("lisi");
        Assert.NotNull(await lisi.TodoTaskAsync(id));

        await head.ActAsync((await head.TodoTaskAsync(id))!, "approve");
        await lisi.ActAsync((await lisi.TodoTaskAsync(id))!, "approve");
        var leader = await factory.ClientAsAsync("sunli");
        var leaderTask = (await leader.TodoTaskAsync(id))!;
        // The leader node uses the default actions (approve, reject, return, transfer): no 加签 there.
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.ActAsync(leaderTask, "add-signer", new { userName = "lisi" })).StatusCode);
    }

    [Fact]
    public async Task Urge_ByInitiator_RecordedOnce_SecondWithinTenMinutesRefused()
    {
        await factory.PublishLeaveAsync();
        var applicant = await factory.ClientAsAsync("lisi");
        var id = (await applicant.StartLeaveAsync(1)).GetProperty("id").GetString()!;
        var first = await applicant.PostAsJsonAsync($"/api/instances/{id}/urge", new { reason = "明天出发" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("wanglei", (await first.JsonAsync()).GetProperty("urged")[0].GetString());
        Assert.Equal((HttpStatusCode)429, (await applicant.PostAsJsonAsync($"/api/instances/{id}/urge", new { })).StatusCode);
        var head = await factory.ClientAsAsync("wanglei");
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostAsJsonAsync($"/api/instances/{id}/urge", new { })).StatusCode);
    }
}
