using System.Net;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Workflow;

public sealed class FieldSecurityTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private const string Secret = "机密-身体原因-勿外传";

    [Fact]
    public async Task HiddenField_NeverReachesTheApproverThroughAnyEndpoint()
    {
        await factory.PublishLeaveAsync();
        var applicant = await factory.ClientAsAsync("zhangsan");
        var id = (await applicant.StartLeaveAsync(1, Secret)).GetProperty("id").GetString()!;
        var head = await factory.ClientAsAsync("wanglei");
        var task = (await head.TodoTaskAsync(id))!;
        Assert.DoesNotContain(Secret, await head.GetStringAsync($"/api/tasks/{task}"));
        Assert.DoesNotContain(Secret, await head.GetStringAsync($"/api/instances/{id}"));
        Assert.DoesNotContain(Secret, await head.GetStringAsync("/api/tasks?box=todo"));
        Assert.Contains(Secret, await applicant.GetStringAsync($"/api/instances/{id}"));
    }

    [Fact]
    public async Task Approver_ChangingHiddenField_Rejected_EditableField_Accepted()
    {
        await factory.PublishLeaveAsync();
        var applicant = await factory.ClientAsAsync("zhangsan");
        var id = (await applicant.StartLeaveAsync(2, Secret)).GetProperty("id").GetString()!;
        var head = await factory.ClientAsAsync("wanglei");
        var task = (await head.TodoTaskAsync(id))!;
        var tamper = await head.ActAsync(task, "approve", new { variables = new { hrNote = "改掉" } });
        Assert.Equal(HttpStatusCode.BadRequest, tamper.StatusCode);
        var tamperReason = await head.ActAsync(task, "approve", new { variables = new { reason = "改事由" } });
        Assert.Equal(HttpStatusCode.BadRequest, tamperReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync(task, "approve", new { variables = new { days = 1.5m } })).StatusCode);
        var instance = await (await applicant.GetAsync($"/api/instances/{id}")).JsonAsync();
        Assert.Equal(1.5m, instance.GetProperty("variables").GetProperty("days").GetDecimal());
        Assert.Equal(Secret, instance.GetProperty("variables").GetProperty("hrNote").GetString());
    }

    [Fact]
    public async Task Withdraw_BeforeAnyApproval_Cancels_AfterApproval_Refused()
    {
        await factory.PublishLeaveAsync();
        var applicant = await factory.ClientAsAsync("zhangsan");
        var first = (await applicant.StartLeaveAsync(1)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await applicant.PostAsync($"/api/instances/{first}/withdraw", null)).StatusCode);
        var head = await factory.ClientAsAsync("wanglei");
        Assert.Null(await head.TodoTaskAsync(first));

        var second = (await applicant.StartLeaveAsync(1)).GetProperty("id").GetString()!;
        await head.ActAsync((await head.TodoTaskAsync(second))!, "approve");
        Assert.Equal(HttpStatusCode.Conflict, (await applicant.PostAsync($"/api/instances/{second}/withdraw", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostAsync($"/api/instances/{second}/withdraw", null)).StatusCode);
    }

    [Fact]
    public async Task Transfer_MovesTaskToAnotherInbox()
    {
        await factory.PublishLeaveAsync();
        var id = (await (await factory.ClientAsAsync("zhangsan")).StartLeaveAsync(1)).GetProperty("id").GetString()!;
        var head = await factory.ClientAsAsync("wanglei");
        var task = (await head.TodoTaskAsync(id))!;
        Assert.Equal(HttpStatusCode.BadRequest, (await head.ActAsync(task, "transfer", new { userName = "nobody-x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync(task, "transfer", new { userName = "lisi", comment = "出差，请代批" })).StatusCode);
        Assert.Null(await head.TodoTaskAsync(id));
        var deputy = await factory.ClientAsAsync("lisi");
        Assert.Equal(task, await deputy.TodoTaskAsync(id));
        Assert.Equal(HttpStatusCode.OK, (await deputy.ActAsync(task, "approve")).StatusCode);
    }

    [Fact]
    public async Task Inbox_UnknownBox_Returns400()
    {
        var client = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/tasks?box=everything")).StatusCode);
    }
}
