using System.Net;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;
using static Oa.Host.Tests.Tasks.ReturnFixture;

namespace Oa.Host.Tests.Tasks;

/// <summary>撤回 by an approver, 加签 before/after and 减签 through the API.</summary>
public sealed class WithdrawAndSignerTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task Approver_WithdrawsBeforeTheNextStepActs_GetsTheTaskBack()
    {
        var key = await PublishAsync(factory);
        var id = await StartAsync(factory, key);
        var head = await factory.ClientAsAsync("wanglei");
        var headTask = (await head.TodoTaskAsync(id))!;
        await head.ActAsync(headTask, "approve");
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ClientAsAsync("lisi")).ActAsync(headTask, "withdraw")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync(headTask, "withdraw", new { comment = "还需核实" })).StatusCode);
        Assert.Null(await (await factory.ClientAsAsync("wujing")).TodoTaskAsync(id));
        Assert.NotNull(await head.TodoTaskAsync(id));
        Assert.Contains(await HistoryAsync(factory, id), h => h.GetProperty("type").GetString() == "TaskReopened" && h.GetProperty("comment").GetString() == "还需核实");
    }

    [Fact]
    public async Task Approver_CannotWithdrawOnceTheNextStepActed()
    {
        var key = await PublishAsync(factory);
        var id = await StartAsync(factory, key);
        var head = await factory.ClientAsAsync("wanglei");
        var headTask = (await head.TodoTaskAsync(id))!;
        await head.ActAsync(headTask, "approve");
        await ActAsync(factory, "wujing", id, "approve");
        Assert.Equal(HttpStatusCode.Conflict, (await head.ActAsync(headTask, "withdraw")).StatusCode);
    }

    [Fact]
    public async Task SignerBefore_ApprovesFirst_ThenTheHeadDecides()
    {
        var key = await PublishAsync(factory);
        var id = await StartAsync(factory, key);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(factory, "wanglei", id, "add-signer-before", new { userName = "lisi", comment = "请先看一下" })).StatusCode);
        Assert.Null(await (await factory.ClientAsAsync("wanglei")).TodoTaskAsync(id));
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(factory, "lisi", id, "approve", new { comment = "没问题" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(factory, "wanglei", id, "approve")).StatusCode);
        Assert.NotNull(await (await factory.ClientAsAsync("wujing")).TodoTaskAsync(id));
        var history = await HistoryAsync(factory, id);
        Assert.Contains(history, h => h.GetProperty("type").GetString() == "SignerAddedBefore" && h.GetProperty("comment").GetString() == "请先看一下");
    }

    [Fact]
    public async Task SignerAfter_GetsATaskOnceTheHeadApproves()
    {
        var key = await PublishAsync(factory);
        var id = await StartAsync(factory, key);
        await ActAsync(factory, "wanglei", id, "add-signer-after", new { userName = "lisi" });
        Assert.Null(await (await factory.ClientAsAsync("lisi")).TodoTaskAsync(id));
        await ActAsync(factory, "wanglei", id, "approve");
        Assert.Null(await (await factory.ClientAsAsync("wujing")).TodoTaskAsync(id));
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(factory, "lisi", id, "approve")).StatusCode);
        Assert.NotNull(await (await factory.ClientAsAsync("wujing")).TodoTaskAsync(id));
    }

    [Fact]
    public async Task RemoveSigner_TakesAnAddedApproverOffTheNode()
    {
        var key = await PublishAsync(factory);
        var id = await StartAsync(factory, key);
        await ActAsync(factory, "wanglei", id, "add-signer", new { userName = "lisi" });
        Assert.NotNull(await (await factory.ClientAsAsync("lisi")).TodoTaskAsync(id));
        Assert.Equal(HttpStatusCode.BadRequest, (await ActAsync(factory, "wanglei", id, "remove-signer", new { userName = "wanglei" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(factory, "wanglei", id, "remove-signer", new { userName = "lisi" })).StatusCode);
        Assert.Null(await (await factory.ClientAsAsync("lisi")).TodoTaskAsync(id));
        Assert.Contains(await HistoryAsync(factory, id), h => h.GetProperty("type").GetString() == "SignerRemoved");
    }

    [Fact]
    public async Task HrNodeWithoutSignerActions_RefusesAddSignerBefore()
    {
        var key = await PublishAsync(factory);
        var id = await StartAsync(factory, key);
        await ActAsync(factory, "wanglei", id, "approve");
        Assert.Equal(HttpStatusCode.BadRequest, (await ActAsync(factory, "wujing", id, "add-signer-before", new { userName = "lisi" })).StatusCode);
    }
}
