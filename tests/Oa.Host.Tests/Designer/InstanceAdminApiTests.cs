using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Designer;

/// <summary>/api/admin/instances: search, detail, suspend/resume, cancel, reassign and jump — each recorded in the history.</summary>
public sealed class InstanceAdminApiTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task Search_FiltersByProcessVersionStatusInitiatorDateAndSerial()
    {
        var key = await factory.PublishOwnLeaveAsync();
        var first = await factory.StartAsync(key);
        await factory.StartAsync(key, "lisi");
        var admin = await factory.ClientAsAsync("admin");
        async Task<List<string>> Ids(string query) =>
            (await (await admin.GetAsync($"/api/admin/instances?processKey={key}&{query}")).JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();

        Assert.Equal(2, (await Ids("")).Count);
        Assert.Equal([first], await Ids("initiator=zhangsan"));
        Assert.Equal(2, (await Ids("version=1&status=running")).Count);
        Assert.Empty(await Ids("version=2"));
        Assert.Empty(await Ids("status=cancelled"));
        Assert.Empty(await Ids("from=" + Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O"))));
        Assert.Equal(2, (await Ids("from=" + Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O")))).Count);
        var serial = (await admin.DetailAsync(first)).GetProperty("instance").GetProperty("serialNo").GetString()!;
        Assert.Contains(first, await Ids("serialNo=" + Uri.EscapeDataString(serial)));
        var backwards = await admin.GetAsync($"/api/admin/instances?from=2026-02-01&to=2026-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
    }

    [Fact]
    public async Task Detail_HasTheVersionDiagramActiveElementOpenTaskAndHistory()
    {
        var key = await factory.PublishOwnLeaveAsync();
        var id = await factory.StartAsync(key);
        var detail = await (await factory.ClientAsAsync("admin")).DetailAsync(id);
        Assert.Contains($"id=\"{key}\"", detail.GetProperty("bpmnXml").GetString());
        Assert.Equal(["Task_Head"], detail.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("wanglei", detail.GetProperty("openTasks")[0].GetProperty("assignee").GetString());
        Assert.Contains(detail.GetProperty("elements").EnumerateArray(), e => e.GetProperty("id").GetString() == "Task_Hr");
        Assert.NotEmpty(detail.History("InstanceStarted"));
    }

    [Fact]
    public async Task SuspendAndResume_ChangeStatus_AreInTheHistory_AndRepeatsAre409()
    {
        var id = await factory.StartAsync(await factory.PublishOwnLeaveAsync());
        var admin = await factory.ClientAsAsync("admin");
        var suspended = await admin.PostAsJsonAsync($"/api/admin/instances/{id}/suspend", new { reason = "核对中" });
        Assert.Equal("suspended", (await suspended.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/admin/instances/{id}/suspend", new { })).StatusCode);
        // A suspended instance takes no jump until resumed.
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/admin/instances/{id}/jump", new { to = "Task_Hr", reason = "x" })).StatusCode);
        var resumed = await admin.PostAsJsonAsync($"/api/admin/instances/{id}/resume", new { });
        Assert.Equal("running", (await resumed.JsonAsync()).GetProperty("status").GetString());
        var detail = await admin.DetailAsync(id);
        var suspendedEntry = detail.History("InstanceSuspended").Single();
        Assert.Equal("admin", suspendedEntry.GetProperty("userName").GetString());
        Assert.Equal("核对中", suspendedEntry.GetProperty("comment").GetString());
        Assert.Equal("admin", detail.History("InstanceResumed").Single().GetProperty("userName").GetString());
    }

    [Fact]
    public async Task Cancel_NeedsAReason_WhichTheHistoryKeeps()
    {
        var id = await factory.StartAsync(await factory.PublishOwnLeaveAsync());
        var admin = await factory.ClientAsAsync("admin");
        var bare = await admin.PostAsJsonAsync($"/api/admin/instances/{id}/cancel", new { reason = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.True((await bare.JsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal("running", (await admin.DetailAsync(id)).GetProperty("instance").GetProperty("status").GetString());

        var cancelled = await admin.PostAsJsonAsync($"/api/admin/instances/{id}/cancel", new { reason = "重复提交" });
        Assert.Equal("cancelled", (await cancelled.JsonAsync()).GetProperty("status").GetString());
        var entry = (await admin.DetailAsync(id)).History("InstanceCancelled").Single();
        Assert.Equal("重复提交", entry.GetProperty("comment").GetString());
        Assert.Equal("admin", entry.GetProperty("userName").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/admin/instances/{id}/cancel", new { reason = "again" })).StatusCode);
    }

    [Fact]
    public async Task Reassign_MovesTheOpenTask_RefusesUnknownUsersAndTasks()
    {
        var id = await factory.StartAsync(await factory.PublishOwnLeaveAsync());
        var admin = await factory.ClientAsAsync("admin");
        var taskId = (await admin.DetailAsync(id)).GetProperty("openTasks")[0].GetProperty("id").GetString();
        var nobody = await admin.PostAsJsonAsync($"/api/admin/instances/{id}/tasks/{taskId}/reassign", new { assignee = "no_such_user" });
        Assert.Equal(HttpStatusCode.BadRequest, nobody.StatusCode);
        Assert.True((await nobody.JsonAsync()).GetProperty("errors").TryGetProperty("assignee", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/admin/instances/{id}/tasks/not-a-task/reassign", new { assignee = "lisi" })).StatusCode);

        var moved = await admin.PostAsJsonAsync($"/api/admin/instances/{id}/tasks/{taskId}/reassign", new { assignee = "gaofeng", reason = "王磊休假" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var detail = await admin.DetailAsync(id);
        Assert.Equal("gaofeng", detail.GetProperty("openTasks")[0].GetProperty("assignee").GetString());
        Assert.Contains(detail.History("TaskAssigned"), h => h.GetProperty("comment").GetString() == "王磊休假" && h.GetProperty("userName").GetString() == "admin");
    }

    [Fact]
    public async Task Jump_MovesTheTokenToAnotherElement_WithReason()
    {
        var id = await factory.StartAsync(await factory.PublishOwnLeaveAsync());
        var admin = await factory.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/admin/instances/{id}/jump", new { to = "Task_Hr" })).StatusCode);
        var unknown = await admin.PostAsJsonAsync($"/api/admin/instances/{id}/jump", new { to = "No_Such_Task", reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("to", out _));

        var jumped = await admin.PostAsJsonAsync($"/api/admin/instances/{id}/jump", new { to = "Task_Hr", reason = "负责人已线下同意" });
        Assert.Equal(HttpStatusCode.OK, jumped.StatusCode);
        var detail = await admin.DetailAsync(id);
        Assert.Equal(["Task_Hr"], detail.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Task_Hr"], detail.GetProperty("openTasks").EnumerateArray().Select(t => t.GetProperty("elementId").GetString()));
        Assert.Contains(detail.History("InstanceModified"), h => h.GetProperty("comment").GetString() == "负责人已线下同意");
    }
}
