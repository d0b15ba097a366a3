using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Workflow;

/// <summary>The approval flow through the public API, on both database providers.</summary>
public abstract class ApprovalFlowTests<TFactory>(TFactory factory) where TFactory : OaFactory
{
    [Fact]
    public async Task Start_ValidForm_AssignsSerialTitleAndHeadTask()
    {
        await factory.PublishLeaveAsync();
        var started = await (await factory.ClientAsAsync("zhangsan")).StartLeaveAsync(2);
        Assert.Equal("running", started.GetProperty("status").GetString());
        Assert.Matches(new Regex(@"^TQJ-\d{8}-\d{3}$"), started.GetProperty("serialNo").GetString());
        Assert.Equal("张三的请假申请（2天）", started.GetProperty("title").GetString());
        var head = await factory.ClientAsAsync("wanglei");
        Assert.NotNull(await head.TodoTaskAsync(started.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task Start_TwoRequests_SerialNumbersIncrease()
    {
        await factory.PublishLeaveAsync();
        var client = await factory.ClientAsAsync("lisi");
        var a = (await client.StartLeaveAsync(1)).GetProperty("serialNo").GetString()!;
        var b = (await client.StartLeaveAsync(1)).GetProperty("serialNo").GetString()!;
        Assert.True(int.Parse(b[^3..]) > int.Parse(a[^3..]), $"{a} then {b}");
    }

    [Fact]
    public async Task Start_InvalidForm_Returns400WithFieldPaths()
    {
        await factory.PublishLeaveAsync();
        var client = await factory.ClientAsAsync("zhangsan");
        var response = await client.PostAsJsonAsync("/api/processes/host_leave/instances", new { variables = new { leaveType = "holiday", days = "three" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "leaveType", "days", "reason" }) Assert.True(errors.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task Start_UnknownProcess_Returns404()
    {
        var client = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/processes/nope/instances", new { })).StatusCode);
    }

    [Fact]
    public async Task Approve_ShortLeave_GoesToHrGroupAndCcsHr()
    {
        await factory.PublishLeaveAsync();
        var id = (await (await factory.ClientAsAsync("zhangsan")).StartLeaveAsync(1)).GetProperty("id").GetString()!;
        var head = await factory.ClientAsAsync("wanglei");
        var response = await head.ActAsync((await head.TodoTaskAsync(id))!, "approve", new { comment = "同意" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var hr = await factory.ClientAsAsync("wujing");
        var hrTask = await hr.TodoTaskAsync(id);
        Assert.NotNull(hrTask);
        var cc = await (await hr.GetAsync("/api/tasks?box=cc")).JsonAsync();
        Assert.Contains(cc.GetProperty("items").EnumerateArray(), i => i.GetProperty("instanceId").GetString() == id);
        Assert.Equal(HttpStatusCode.OK, (await hr.ActAsync(hrTask!, "complete")).StatusCode);

        var instance = await (await head.GetAsync($"/api/instances/{id}")).JsonAsync();
        Assert.Equal("completed", instance.GetProperty("status").GetString());
        Assert.Contains(instance.GetProperty("history").EnumerateArray(), h => h.GetProperty("type").GetString() == "TaskCompleted" && h.GetProperty("comment").GetString() == "同意");
        var done = await (await head.GetAsync("/api/tasks?box=done")).JsonAsync();
        Assert.Contains(done.GetProperty("items").EnumerateArray(), i => i.GetProperty("instanceId").GetString() == id && i.GetProperty("outcome").GetString() == "approve");
    }

    [Fact]
    public async Task Approve_LongLeave_GoesToLeader()
    {
        await factory.PublishLeaveAsync();
        var id = (await (await factory.ClientAsAsync("zhangsan")).StartLeaveAsync(5)).GetProperty("id").GetString()!;
        var head = await factory.ClientAsAsync("wanglei");
        await head.ActAsync((await head.TodoTaskAsync(id))!, "approve");
        Assert.NotNull(await (await factory.ClientAsAsync("sunli")).TodoTaskAsync(id));
    }

    [Fact]
    public async Task Reject_WithoutComment_Returns400_WithComment_EndsRejected()
    {
        await factory.PublishLeaveAsync();
        var applicant = await factory.ClientAsAsync("zhangsan");
        var id = (await applicant.StartLeaveAsync(1)).GetProperty("id").GetString()!;
        var head = await factory.ClientAsAsync("wanglei");
        var task = (await head.TodoTaskAsync(id))!;
        var bare = await head.ActAsync(task, "reject");
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.True((await bare.JsonAsync()).GetProperty("errors").TryGetProperty("comment", out _));
        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync(task, "reject", new { comment = "项目关键期" })).StatusCode);
        var mine = await (await applicant.GetAsync("/api/tasks?box=mine")).JsonAsync();
        Assert.Equal("rejected", mine.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == id).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Act_OnSomeoneElsesTask_Returns403_AndTwice_Returns409()
    {
        await factory.PublishLeaveAsync();
        var id = (await (await factory.ClientAsAsync("zhangsan")).StartLeaveAsync(1)).GetProperty("id").GetString()!;
        var head = await factory.ClientAsAsync("wanglei");
        var task = (await head.TodoTaskAsync(id))!;
        var stranger = await factory.ClientAsAsync("zhaoliu");
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.ActAsync(task, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/instances/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync(task, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await head.ActAsync(task, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.ActAsync("nope.1", "approve")).StatusCode);
    }

    [Fact]
    public async Task ConcurrentApprovals_OfOneTask_ExactlyOneSucceeds()
    {
        await factory.PublishLeaveAsync();
        var id = (await (await factory.ClientAsAsync("zhangsan")).StartLeaveAsync(1)).GetProperty("id").GetString()!;
        var head = await factory.ClientAsAsync("wanglei");
        var task = (await head.TodoTaskAsync(id))!;
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => head.ActAsync(task, "approve")));
        Assert.Equal(1, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var instance = await (await head.GetAsync($"/api/instances/{id}")).JsonAsync();
        Assert.Single(instance.GetProperty("history").EnumerateArray(), h => h.GetProperty("type").GetString() == "TaskCompleted" && h.GetProperty("data").GetString()!.Contains(task));
    }
}

public sealed class SqliteApprovalFlowTests(OaFactory factory) : ApprovalFlowTests<OaFactory>(factory), IClassFixture<OaFactory>;

public sealed class PostgresApprovalFlowTests(PostgresOaFactory factory) : ApprovalFlowTests<PostgresOaFactory>(factory), IClassFixture<PostgresOaFactory>;
