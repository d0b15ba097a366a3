using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;
using static Oa.Host.Tests.Tasks.ReturnFixture;

namespace Oa.Host.Tests.Tasks;

/// <summary>退回发起人 through the API: the applicant gets the request back, edits it as at the start, and resubmits or revokes.</summary>
public sealed class ReturnToInitiatorTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task HrReturnsToApplicant_ApplicantEditsAndResubmits_RerunsFromTheHead()
    {
        var key = await PublishAsync(factory);
        var id = await StartAsync(factory, key);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(factory, "wanglei", id, "approve")).StatusCode);
        var returned = await ActAsync(factory, "wujing", id, "return", new { targetElementId = "initiator", comment = "请补充交接人" });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);

        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var taskId = await zhangsan.TodoTaskAsync(id);
        Assert.NotNull(taskId);
        var task = await (await zhangsan.GetAsync($"/api/tasks/{taskId}")).JsonAsync();
        Assert.Equal(["resubmit", "revoke"], task.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.False(task.GetProperty("data").TryGetProperty("hrNote", out _), "the applicant's view hides hrNote as at the start");
        Assert.Equal(HttpStatusCode.BadRequest, (await zhangsan.ActAsync(taskId!, "approve")).StatusCode);
        Assert.Null(await (await factory.ClientAsAsync("wujing")).TodoTaskAsync(id));

        var notes = (await (await zhangsan.GetAsync("/api/notifications")).JsonAsync()).GetProperty("items").EnumerateArray().Where(n => n.GetProperty("instanceId").GetString() == id).ToList();
        Assert.Contains(notes, n => n.GetProperty("event").GetString() == "returned");
        Assert.DoesNotContain(notes, n => n.GetProperty("event").GetString() == "task-assigned");

        var resubmitted = await zhangsan.ActAsync(taskId!, "resubmit", new { variables = new { reason = "回家探亲，交接人李四" }, comment = "已补充" });
        Assert.True(resubmitted.StatusCode == HttpStatusCode.OK, await resubmitted.Content.ReadAsStringAsync());
        Assert.NotNull(await (await factory.ClientAsAsync("wanglei")).TodoTaskAsync(id));
        var view = await (await zhangsan.GetAsync($"/api/instances/{id}")).JsonAsync();
        Assert.Equal("回家探亲，交接人李四", view.GetProperty("variables").GetProperty("reason").GetString());
        var history = await HistoryAsync(factory, id);
        Assert.Contains(history, h => h.GetProperty("type").GetString() == "ReturnedToInitiator" && h.GetProperty("comment").GetString() == "请补充交接人");
        Assert.Contains(history, h => h.GetProperty("type").GetString() == "Resubmitted" && h.GetProperty("comment").GetString() == "已补充");
    }

    [Fact]
    public async Task BackToReturner_ResubmissionGoesStraightToHr()
    {
        var key = await PublishAsync(factory, "backToReturner");
        var id = await StartAsync(factory, key);
        await ActAsync(factory, "wanglei", id, "approve");
        await ActAsync(factory, "wujing", id, "return", new { targetElementId = "initiator" });
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(factory, "zhangsan", id, "resubmit")).StatusCode);
        Assert.Null(await (await factory.ClientAsAsync("wanglei")).TodoTaskAsync(id));
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(factory, "wujing", id, "approve")).StatusCode);
        var view = await (await factory.ClientAsAsync("zhangsan")).GetAsync($"/api/instances/{id}");
        Assert.Equal("completed", (await view.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Resubmit_WritingAFieldHiddenAtTheStart_Is400_AndNothingMoves()
    {
        var key = await PublishAsync(factory);
        var id = await StartAsync(factory, key);
        await ActAsync(factory, "wanglei", id, "return", new { targetElementId = "initiator" });
        var response = await ActAsync(factory, "zhangsan", id, "resubmit", new { variables = new { hrNote = "自己批准" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await (await factory.ClientAsAsync("zhangsan")).TodoTaskAsync(id));
    }

    [Fact]
    public async Task ApplicantRevokesAReturnedRequest_EndsCancelled()
    {
        var key = await PublishAsync(factory);
        var id = await StartAsync(factory, key);
        await ActAsync(factory, "wanglei", id, "return", new { targetElementId = "initiator", comment = "不符合规定" });
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(factory, "zhangsan", id, "revoke", new { comment = "不请了" })).StatusCode);
        var view = await (await (await factory.ClientAsAsync("zhangsan")).GetAsync($"/api/instances/{id}")).JsonAsync();
        Assert.Equal("cancelled", view.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SomeoneElse_CannotResubmitTheApplicantsReturnedRequest()
    {
        var key = await PublishAsync(factory);
        var id = await StartAsync(factory, key);
        await ActAsync(factory, "wanglei", id, "return", new { targetElementId = "initiator" });
        var taskId = await (await factory.ClientAsAsync("zhangsan")).TodoTaskAsync(id);
        var head = await factory.ClientAsAsync("wanglei");
        Assert.Equal(HttpStatusCode.Forbidden, (await head.ActAsync(taskId!, "resubmit")).StatusCode);
    }
}
