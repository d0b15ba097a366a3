using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Workflow;

/// <summary>Inbox filters and sorting over the API, and 批量同意 / 批量拒绝 (all checks first, then each task).</summary>
public sealed class InboxFilterAndBatchTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    private async Task<(string A, string B)> TwoRequestsAsync()
    {
        await factory.PublishLeaveAsync();
        var a = (await (await factory.ClientAsAsync("zhangsan")).StartLeaveAsync(1)).GetProperty("id").GetString()!;
        var b = (await (await factory.ClientAsAsync("lisi")).StartLeaveAsync(2)).GetProperty("id").GetString()!;
        return (a, b);
    }

    [Fact]
    public async Task Todo_FilteredByInitiatorAndKeyword_ReturnsOnlyMatches()
    {
        var (a, b) = await TwoRequestsAsync();
        var head = await factory.ClientAsAsync("wanglei");
        var byInitiator = Items(await (await head.GetAsync("/api/tasks?box=todo&initiator=lisi&pageSize=100")).JsonAsync()).Select(i => i.GetProperty("instanceId").GetString()).ToList();
        Assert.Contains(b, byInitiator);
        Assert.DoesNotContain(a, byInitiator);
        var byKeyword = Items(await (await head.GetAsync($"/api/tasks?box=todo&q={Uri.EscapeDataString("张三的请假")}&pageSize=100")).JsonAsync())
            .Select(i => i.GetProperty("instanceId").GetString()).ToList();
        Assert.Contains(a, byKeyword);
        Assert.DoesNotContain(b, byKeyword);
        var none = await (await head.GetAsync("/api/tasks?box=todo&process=no_such_process")).JsonAsync();
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Todo_SortOldest_ReversesNewest()
    {
        await TwoRequestsAsync();
        var head = await factory.ClientAsAsync("wanglei");
        var newest = Items(await (await head.GetAsync("/api/tasks?box=todo&pageSize=100")).JsonAsync()).Select(i => i.GetProperty("at").GetDateTimeOffset()).ToList();
        var oldest = Items(await (await head.GetAsync("/api/tasks?box=todo&sort=oldest&pageSize=100")).JsonAsync()).Select(i => i.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(newest.OrderByDescending(x => x), newest);
        Assert.Equal(oldest.OrderBy(x => x), oldest);
    }

    [Fact]
    public async Task Mine_FilteredByStatusAndDate_ReturnsOnlyMatches()
    {
        var (a, _) = await TwoRequestsAsync();
        var applicant = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.OK, (await applicant.PostAsJsonAsync($"/api/instances/{a}/withdraw", new { reason = "不去了" })).StatusCode);
        var cancelled = Items(await (await applicant.GetAsync("/api/tasks?box=mine&status=cancelled&pageSize=100")).JsonAsync()).ToList();
        Assert.Contains(cancelled, i => i.GetProperty("instanceId").GetString() == a);
        Assert.All(cancelled, i => Assert.Equal("cancelled", i.GetProperty("status").GetString()));
        var tomorrow = DateTime.Now.AddDays(1).ToString("yyyy-MM-dd");
        Assert.Equal(0, (await (await applicant.GetAsync($"/api/tasks?box=mine&from={tomorrow}")).JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Urge_FlagsTheApproversTodoItem()
    {
        var (a, _) = await TwoRequestsAsync();
        Assert.Equal(HttpStatusCode.OK, (await (await factory.ClientAsAsync("zhangsan")).PostAsJsonAsync($"/api/instances/{a}/urge", new { })).StatusCode);
        var head = await factory.ClientAsAsync("wanglei");
        var item = Items(await (await head.GetAsync("/api/tasks?box=todo&pageSize=100")).JsonAsync()).Single(i => i.GetProperty("instanceId").GetString() == a);
        Assert.True(item.GetProperty("urged").GetBoolean());
    }

    [Fact]
    public async Task BatchApprove_ApprovesEverySelectedTask()
    {
        var (a, b) = await TwoRequestsAsync();
        var head = await factory.ClientAsAsync("wanglei");
        var ids = new[] { (await head.TodoTaskAsync(a))!, (await head.TodoTaskAsync(b))! };
        var response = await head.PostAsJsonAsync("/api/tasks/batch", new { action = "approve", taskIds = ids, comment = "批量同意" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.JsonAsync()).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("error").ValueKind));
        Assert.Null(await head.TodoTaskAsync(a));
        Assert.Null(await head.TodoTaskAsync(b));
    }

    [Fact]
    public async Task BatchReject_WithoutTheRequiredComment_DoesNothing()
    {
        var (a, b) = await TwoRequestsAsync();
        var head = await factory.ClientAsAsync("wanglei");
        var ids = new[] { (await head.TodoTaskAsync(a))!, (await head.TodoTaskAsync(b))! };
        // The head's node asks for a comment when rejecting (commentRequired="onReject").
        var response = await head.PostAsJsonAsync("/api/tasks/batch", new { action = "reject", taskIds = ids });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ids[0], await head.TodoTaskAsync(a));
        Assert.Equal(ids[1], await head.TodoTaskAsync(b));
    }

    [Fact]
    public async Task Batch_IncludingSomeoneElsesTask_IsRefusedAsAWhole()
    {
        var (a, _) = await TwoRequestsAsync();
        var head = await factory.ClientAsAsync("wanglei");
        var mine = (await head.TodoTaskAsync(a))!;
        var other = await factory.ClientAsAsync("lisi");
        var response = await other.PostAsJsonAsync("/api/tasks/batch", new { action = "approve", taskIds = new[] { mine } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(mine, await head.TodoTaskAsync(a));
    }
}
