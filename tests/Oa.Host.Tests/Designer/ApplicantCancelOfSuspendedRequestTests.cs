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
/// 撤回 and 撤销 are the applicant's; a request an administrator suspended is on hold, and the applicant's cancel must not end
/// it — neither when it was suspended before they asked nor when the suspend lands between their checks and the command.
/// The request: zhangsan → head wanglei → HR wujing (ReturnFixture), with 撤销 allowed while running.
/// </summary>
public sealed class ApplicantCancelOfSuspendedRequestTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private const string WhileRunning = """<oa:process initiatorCancel="whileRunning" />""";

    [Fact]
    public async Task WithdrawOfASuspendedRequest_Is409SayingSuspended_AndItStaysSuspended()
    {
        var id = await StartAsync(factory, await ProcessSettingsFixture.PublishAsync(factory, WhileRunning));
        await SuspendAsync(id);
        var before = (await HistoryAsync(factory, id)).Count;

        var response = await (await factory.ClientAsAsync("zhangsan")).PostAsJsonAsync($"/api/instances/{id}/withdraw", new { reason = "不要了" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("挂起", (await response.JsonAsync()).GetProperty("detail").GetString());
        await AssertStillSuspendedAsync(id, before);
    }

    [Fact]
    public async Task RevokeOfASuspendedRequest_Is409SayingSuspended_AndItStaysSuspended()
    {
        var id = await StartAsync(factory, await ProcessSettingsFixture.PublishAsync(factory, WhileRunning));
        await ActAsync(factory, "wanglei", id, "approve");
        await SuspendAsync(id);
        var before = (await HistoryAsync(factory, id)).Count;

        var response = await (await factory.ClientAsAsync("zhangsan")).PostAsJsonAsync($"/api/instances/{id}/revoke", new { reason = "不要了" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("挂起", (await response.JsonAsync()).GetProperty("detail").GetString());
        await AssertStillSuspendedAsync(id, before);
    }

    [Fact]
    public async Task RevokeOfAReturnedRequestThatIsSuspended_Is409AndItStaysSuspended()
    {
        var id = await StartAsync(factory, await ProcessSettingsFixture.PublishAsync(factory, WhileRunning));
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(factory, "wanglei", id, "return", new { targetElementId = "initiator", comment = "补充材料" })).StatusCode);
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var returned = await zhangsan.TodoTaskAsync(id);
        Assert.NotNull(returned);
        await SuspendAsync(id);
        var before = (await HistoryAsync(factory, id)).Count;

        var response = await zhangsan.ActAsync(returned!, "revoke", new { comment = "不要了" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("挂起", await response.Content.ReadAsStringAsync());
        await AssertStillSuspendedAsync(id, before);
    }

    // The checks of Withdraw/Revoke passed while the request ran; the suspend commits before the command (撤回 audits as
    // "cancel", 撤销 as "revoke"). The command itself must refuse, against the state it commits on.
    [Theory]
    [InlineData("cancel")]
    [InlineData(InitiatorRevoke.Action)]
    public async Task ApplicantCancel_SuspendedAfterTheChecks_Is409AndTheRequestStaysSuspended(string action)
    {
        var id = await StartAsync(factory, await ProcessSettingsFixture.PublishAsync(factory, WhileRunning));
        await SuspendAsync(id);
        var before = (await HistoryAsync(factory, id)).Count;

        var result = await InstancesApi.CancelAsync(id, "不要了", "zhangsan", new DefaultHttpContext(), factory.Services.GetRequiredService<EngineHost>(),
            CancellationToken.None, action, byApplicant: true);
        var problem = Assert.IsType<ProblemHttpResult>(result);
        Assert.Equal(StatusCodes.Status409Conflict, problem.StatusCode);
        await AssertStillSuspendedAsync(id, before);

        // An administrator's 作废 still ends a suspended request: that is how a stuck one is cleared.
        var admin = await factory.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/instances/{id}/cancel", new { reason = "清理" })).StatusCode);
        Assert.Equal("cancelled", (await (await admin.GetAsync($"/api/instances/{id}")).JsonAsync()).GetProperty("status").GetString());
    }

    private async Task SuspendAsync(string id)
    {
        var response = await (await factory.ClientAsAsync("admin")).PostAsJsonAsync($"/api/admin/instances/{id}/suspend", new { reason = "核对中" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task AssertStillSuspendedAsync(string id, int historyCount)
    {
        var view = await (await (await factory.ClientAsAsync("admin")).GetAsync($"/api/instances/{id}")).JsonAsync();
        Assert.Equal("suspended", view.GetProperty("status").GetString());
        Assert.NotEmpty(view.GetProperty("openTasks").EnumerateArray());
        Assert.Equal(historyCount, (await HistoryAsync(factory, id)).Count);
    }
}
