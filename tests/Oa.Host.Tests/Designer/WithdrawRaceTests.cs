using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Engine;
using Oa.Host.Features.Instances;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;
using static Oa.Host.Tests.Tasks.ReturnFixture;

namespace Oa.Host.Tests.Designer;

/// <summary>
/// 撤回 is allowed only while no approver has acted. The host checks that first, but an approval can commit between that
/// check and the cancel; the cancel itself must then refuse, so the approver's decision is kept.
/// The request: zhangsan → head wanglei → HR wujing (ReturnFixture).
/// </summary>
public sealed class WithdrawRaceTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task Withdraw_ApprovedAfterTheCheck_Is409AndTheRequestRunsOnWithTheApproval()
    {
        var id = await StartAsync(factory, await ProcessSettingsFixture.PublishAsync(factory, "<oa:process />"));
        // The approval lands after Withdraw's own check passed: the command runs on a state that has it.
        await ActAsync(factory, "wanglei", id, "approve");
        var before = (await HistoryAsync(factory, id)).Count;

        var result = await InstancesApi.CancelAsync(id, "不要了", "zhangsan", new DefaultHttpContext(), factory.Services.GetRequiredService<EngineHost>(),
            CancellationToken.None, byApplicant: true, beforeOthersAct: true);

        var problem = Assert.IsType<ProblemHttpResult>(result);
        Assert.Equal(StatusCodes.Status409Conflict, problem.StatusCode);
        Assert.Equal(InstancesApi.AlreadyActed, problem.ProblemDetails.Detail);
        var detail = await (await factory.ClientAsAsync("admin")).DetailAsync(id);
        Assert.Equal("running", detail.GetProperty("instance").GetProperty("status").GetString());
        Assert.Contains(detail.GetProperty("openTasks").EnumerateArray(), t => t.GetProperty("assignee").GetString() == "wujing");
        Assert.Equal(before, (await HistoryAsync(factory, id)).Count);
    }

    [Fact]
    public async Task WithdrawThroughTheApi_AfterTheHeadApproved_Is409SayingSo()
    {
        var id = await StartAsync(factory, await ProcessSettingsFixture.PublishAsync(factory, "<oa:process />"));
        await ActAsync(factory, "wanglei", id, "approve");

        var response = await (await factory.ClientAsAsync("zhangsan")).PostAsJsonAsync($"/api/instances/{id}/withdraw", new { reason = "不要了" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(InstancesApi.AlreadyActed, (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Withdraw_NobodyActed_EndsTheRequest()
    {
        var id = await StartAsync(factory, await ProcessSettingsFixture.PublishAsync(factory, "<oa:process />"));

        var result = await InstancesApi.CancelAsync(id, "不要了", "zhangsan", new DefaultHttpContext(), factory.Services.GetRequiredService<EngineHost>(),
            CancellationToken.None, byApplicant: true, beforeOthersAct: true);

        Assert.IsNotType<ProblemHttpResult>(result);
        var detail = await (await factory.ClientAsAsync("admin")).DetailAsync(id);
        Assert.Equal("cancelled", detail.GetProperty("instance").GetProperty("status").GetString());
    }
}
