using System.Net;
using System.Text.RegularExpressions;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Tasks;

namespace Oa.Host.Tests.Workbench;

/// <summary>The instance page for 退回发起人, 重新提交 and an approver's 撤回 (server-rendered; the API tests cover the rules).</summary>
public sealed class ReturnedRequestPageTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task ReturnedRequest_ShowsTheApplicantResubmit_AndResubmittingThroughThePageRunsAgain()
    {
        var key = await ReturnFixture.PublishAsync(factory);
        var id = await ReturnFixture.StartAsync(factory, key);
        var head = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        var headPage = await head.PageAsync($"/Workbench/Instance/{id}");
        Assert.Contains("<option value=\"initiator\">", headPage);
        var returned = await ActAsync(head, id, "return", ("returnTo", "initiator"), ("comment", "事由写清楚"));
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var page = await zhangsan.PageAsync($"/Workbench/Instance/{id}");
        Assert.Contains("申请已退回给您", page);
        Assert.Contains("value=\"resubmit\"", page);
        Assert.Contains("value=\"revoke\"", page);
        Assert.DoesNotContain("value=\"approve\"", page);
        Assert.Contains("退回发起人", page); // the timeline
        // The form is the applicant's start form again: editable, hrNote (hidden at the start) left out.
        var schema = Regex.Match(page, "<script type=\"application/json\" id=\"wb-schema\">([\\s\\S]*?)</script>").Groups[1].Value;
        Assert.Contains("reason", schema);
        Assert.DoesNotContain("\"disabled\":true", schema);
        Assert.DoesNotContain("hrNote", schema);

        var resubmitted = await ActAsync(zhangsan, id, "resubmit", ("formData", WorkbenchBrowser.Json(new { leaveType = "annual", days = 1, reason = "回家探亲（写清楚了）" })));
        Assert.Equal($"/Workbench/Instance/{id}?done=resubmit", resubmitted.Headers.Location!.OriginalString);
        Assert.Contains("value=\"approve\"", await head.PageAsync($"/Workbench/Instance/{id}"));
    }

    [Fact]
    public async Task ApproverWhoMayWithdraw_SeesTheWithdrawButton_UntilTheNextStepActs()
    {
        var key = await ReturnFixture.PublishAsync(factory);
        var id = await ReturnFixture.StartAsync(factory, key);
        var head = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        await ActAsync(head, id, "approve");
        var page = await head.PageAsync($"/Workbench/Instance/{id}");
        var task = Regex.Match(page, "wb-withdraw-task\"[^>]*>\\s*<input type=\"hidden\" name=\"taskId\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(task), "the approver is offered 撤回");
        var withdrawn = await head.PostFormAsync($"/Workbench/Instance/{id}", $"/Workbench/Instance/{id}?handler=Act", ("taskId", task), ("action", "withdraw"));
        Assert.Equal($"/Workbench/Instance/{id}?done=withdraw", withdrawn.Headers.Location!.OriginalString);
        Assert.Contains("value=\"approve\"", await head.PageAsync($"/Workbench/Instance/{id}"));
    }

    private static async Task<HttpResponseMessage> ActAsync(WorkbenchBrowser user, string id, string action, params (string, string)[] extra)
    {
        var page = await user.PageAsync($"/Workbench/Instance/{id}");
        var taskId = Regex.Match(page, "id=\"wb-actions\"[\\s\\S]*?name=\"taskId\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(taskId), "the user has an action bar");
        return await user.PostFormAsync($"/Workbench/Instance/{id}", $"/Workbench/Instance/{id}?handler=Act", [("taskId", taskId), ("action", action), .. extra]);
    }
}
