using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Workflow;

/// <summary>委派 (a task lent to someone who hands it back) and 代理 (a deputy receives new tasks while someone is away).</summary>
public sealed class DelegationTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private async Task<string> StartAsync(string applicant = "zhangsan")
    {
        await factory.PublishLeaveAsync();
        return (await (await factory.ClientAsAsync(applicant)).StartLeaveAsync(1)).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Delegate_DelegateCanOnlyHandBack_ThenOwnerDecides()
    {
        var id = await StartAsync();
        var head = await factory.ClientAsAsync("wanglei");
        var task = (await head.TodoTaskAsync(id))!;
        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync(task, "delegate", new { userName = "lisi", comment = "请先核实排班" })).StatusCode);
        Assert.Null(await head.TodoTaskAsync(id));

        var lisi = await factory.ClientAsAsync("lisi");
        Assert.Equal(task, await lisi.TodoTaskAsync(id));
        var view = await (await lisi.GetAsync($"/api/tasks/{task}")).JsonAsync();
        Assert.Equal("wanglei", view.GetProperty("delegatedBy").GetString());
        Assert.Equal(["resolve"], view.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        var approve = await lisi.ActAsync(task, "approve");
        Assert.Equal(HttpStatusCode.BadRequest, approve.StatusCode);
        Assert.True((await approve.JsonAsync()).GetProperty("errors").TryGetProperty("action", out _));

        Assert.Equal(HttpStatusCode.OK, (await lisi.ActAsync(task, "resolve", new { comment = "排班无冲突" })).StatusCode);
        Assert.Equal(task, await head.TodoTaskAsync(id));
        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync(task, "approve")).StatusCode);

        var history = (await (await head.GetAsync($"/api/instances/{id}")).JsonAsync()).GetProperty("history").EnumerateArray().ToList();
        Assert.Contains(history, h => h.GetProperty("type").GetString() == "TaskDelegated" && h.GetProperty("comment").GetString() == "请先核实排班");
        Assert.Contains(history, h => h.GetProperty("type").GetString() == "TaskResolved" && h.GetProperty("comment").GetString() == "排班无冲突");
        var notices = (await (await lisi.GetAsync("/api/notifications")).JsonAsync()).GetProperty("items").EnumerateArray();
        Assert.Contains(notices, n => n.GetProperty("event").GetString() == "delegated" && n.GetProperty("instanceId").GetString() == id);
    }

    [Fact]
    public async Task Resolve_OnATaskThatWasNotDelegated_Returns400()
    {
        var id = await StartAsync();
        var head = await factory.ClientAsAsync("wanglei");
        var response = await head.ActAsync((await head.TodoTaskAsync(id))!, "resolve");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Delegate_ToAnUnknownUser_Returns400AndKeepsTheTask()
    {
        var id = await StartAsync();
        var head = await factory.ClientAsAsync("wanglei");
        var task = (await head.TodoTaskAsync(id))!;
        var response = await head.ActAsync(task, "delegate", new { userName = "nobody" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(task, await head.TodoTaskAsync(id));
    }

    [Fact]
    public async Task Deputy_WhileAway_NewTasksGoToTheDeputy_AndTheTimelineSaysSo()
    {
        var head = await factory.ClientAsAsync("wanglei");
        var set = await head.PostAsJsonAsync("/api/deputies", new { deputy = "sunli", startsAt = DateTimeOffset.UtcNow.AddMinutes(-1), endsAt = DateTimeOffset.UtcNow.AddDays(3), reason = "年假" });
        Assert.Equal(HttpStatusCode.Created, set.StatusCode);
        var ruleId = (await set.JsonAsync()).GetProperty("id").GetInt64();
        try
        {
            var id = await StartAsync("lisi");
            Assert.Null(await head.TodoTaskAsync(id));
            var deputy = await factory.ClientAsAsync("sunli");
            var task = await deputy.TodoTaskAsync(id);
            Assert.NotNull(task);
            var history = (await (await deputy.GetAsync($"/api/instances/{id}")).JsonAsync()).GetProperty("history").EnumerateArray();
            Assert.Contains(history, h => h.GetProperty("type").GetString() == "TaskDeputized" && h.GetProperty("userName").GetString() == "wanglei");
            Assert.Equal(HttpStatusCode.OK, (await deputy.ActAsync(task!, "approve")).StatusCode);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.NoContent, (await head.DeleteAsync($"/api/deputies/{ruleId}")).StatusCode);
        }
        // Once ended, new tasks are the head's own again.
        var later = await StartAsync("lisi");
        Assert.NotNull(await head.TodoTaskAsync(later));
    }

    [Fact]
    public async Task Deputy_ForSomeoneElse_IsForbiddenUnlessAdmin()
    {
        var lisi = await factory.ClientAsAsync("lisi");
        var body = new { userName = "wanglei", deputy = "lisi", endsAt = DateTimeOffset.UtcNow.AddDays(1) };
        Assert.Equal(HttpStatusCode.Forbidden, (await lisi.PostAsJsonAsync("/api/deputies", body)).StatusCode);
        var admin = await factory.ClientAsAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/deputies", new { userName = "zhaoliu", deputy = "lisi", endsAt = DateTimeOffset.UtcNow.AddDays(1), reason = "已离职" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        // Only the absent person or an admin can end it; the deputy sees it but cannot revoke it.
        var id = (await created.JsonAsync()).GetProperty("id").GetInt64();
        Assert.Contains((await (await lisi.GetAsync("/api/deputies")).JsonAsync()).EnumerateArray(), r => r.GetProperty("id").GetInt64() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await lisi.DeleteAsync($"/api/deputies/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/deputies/{id}")).StatusCode);
    }

    [Fact]
    public async Task Deputy_BadInput_Returns400WithFieldErrors()
    {
        var lisi = await factory.ClientAsAsync("lisi");
        var response = await lisi.PostAsJsonAsync("/api/deputies", new { deputy = "lisi", startsAt = DateTimeOffset.UtcNow.AddDays(2), endsAt = DateTimeOffset.UtcNow.AddDays(1), processKeys = new[] { "no_such" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "deputy", "endsAt", "processKeys" }) Assert.True(errors.TryGetProperty(field, out _), field);
    }
}
