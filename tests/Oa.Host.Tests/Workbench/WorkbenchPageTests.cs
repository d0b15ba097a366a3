using System.Net;
using System.Text.RegularExpressions;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Workbench;

/// <summary>The approval workbench as people use it: catalogue, apply, inbox, instance page, actions.</summary>
public sealed class WorkbenchPageTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private const string ApplyPath = "/Workbench/Apply/host_leave";

    [Fact]
    public async Task Catalogue_ListsTheFixtureProcess_AndSearchFiltersIt()
    {
        await factory.PublishLeaveAsync();
        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var html = await zhangsan.PageAsync("/Workbench/Start");
        Assert.Contains("测试请假", html);
        Assert.Contains($"href=\"{ApplyPath}\"", html);
        Assert.Contains("考勤", html); // its category heading
        Assert.Contains("测试请假", await zhangsan.PageAsync("/Workbench/Start?q=请假"));
        Assert.DoesNotContain("测试请假", await zhangsan.PageAsync("/Workbench/Start?q=没有这个流程"));
    }

    [Fact]
    public async Task Apply_InvalidData_ShowsFieldErrorsAndKeepsValues()
    {
        await factory.PublishLeaveAsync();
        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var response = await zhangsan.PostFormAsync(ApplyPath, ApplyPath, ("formData", WorkbenchBrowser.Json(new { leaveType = "annual", days = 99, reason = "保留我写的事由" })));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("提交失败，请修正标出的字段", html);
        var errors = Regex.Match(html, "<script type=\"application/json\" id=\"wb-errors\">(.*?)</script>").Groups[1].Value;
        Assert.Contains("\"days\":", errors);
        Assert.Contains("保留我写的事由", Regex.Match(html, "<script type=\"application/json\" id=\"wb-data\">(.*?)</script>").Groups[1].Value);
    }

    [Fact]
    public async Task Apply_Valid_RedirectsToInstancePageWithSerialAndTitle()
    {
        await factory.PublishLeaveAsync();
        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var id = await ApplyAsync(zhangsan, 1.5m, "回家探亲");
        var html = await zhangsan.PageAsync($"/Workbench/Instance/{id}?done=start");
        Assert.Contains("申请已提交", html);
        Assert.Matches(new Regex(@"TQJ-\d{8}-\d{3}"), html);
        Assert.Contains("张三的请假申请（1.5天）", html);
        Assert.Contains("部门负责人审批：王磊", html); // current node and who holds it
        Assert.Contains("撤回", html); // nobody has acted yet
    }

    [Fact]
    public async Task Approver_SeesTaskInTodo_AndApprovesThroughThePage()
    {
        await factory.PublishLeaveAsync();
        var id = await ApplyAsync(await WorkbenchBrowser.SignInAsync(factory, "zhangsan"), 1, "看病");
        var wanglei = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        var inbox = await wanglei.PageAsync("/Workbench/Inbox?box=todo");
        var link = Regex.Match(inbox, $"href=\"(/Workbench/Instance/{id}\\?task=[^\"]+)\"");
        Assert.True(link.Success, "the task is in 待办 with a task link");
        var page = await wanglei.PageAsync(link.Groups[1].Value);
        Assert.Contains("value=\"approve\"", page);
        Assert.Contains("value=\"transfer\"", page);
        Assert.DoesNotContain("value=\"complete\"", page);
        Assert.Contains("拒绝时必须填写意见", page);
        var taskId = Regex.Match(page, "name=\"taskId\" value=\"([^\"]+)\"").Groups[1].Value;

        var refused = await wanglei.PostFormAsync(link.Groups[1].Value, $"/Workbench/Instance/{id}?handler=Act", ("taskId", taskId), ("action", "reject"), ("comment", ""));
        Assert.Contains("请填写审批意见", await refused.Content.ReadAsStringAsync());

        var approved = await wanglei.PostFormAsync(link.Groups[1].Value, $"/Workbench/Instance/{id}?handler=Act", ("taskId", taskId), ("action", "approve"), ("comment", "同意，注意休息"));
        Assert.Equal($"/Workbench/Instance/{id}?done=approve", approved.Headers.Location!.OriginalString);
        var after = await wanglei.PageAsync($"/Workbench/Instance/{id}?done=approve");
        Assert.Contains("已同意", after);
        Assert.Contains("同意，注意休息", after); // in the timeline
        Assert.DoesNotContain("value=\"approve\"", after);
        Assert.Contains($"/Workbench/Instance/{id}\"", await wanglei.PageAsync("/Workbench/Inbox?box=done"));
    }

    [Fact]
    public async Task Stranger_GetsNotFound_AndCannotAct()
    {
        await factory.PublishLeaveAsync();
        var id = await ApplyAsync(await WorkbenchBrowser.SignInAsync(factory, "zhangsan"), 1, "家事");
        var stranger = await WorkbenchBrowser.SignInAsync(factory, "wangwu");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Workbench/Instance/{id}")).StatusCode);
        var head = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        var taskId = Regex.Match(await head.PageAsync($"/Workbench/Instance/{id}"), "name=\"taskId\" value=\"([^\"]+)\"").Groups[1].Value;
        var act = await stranger.PostFormAsync("/Workbench/Start", $"/Workbench/Instance/{id}?handler=Act", ("taskId", taskId), ("action", "approve"));
        Assert.True(act.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || act.Headers.Location?.OriginalString.Contains("Denied") == true, $"{act.StatusCode}");
    }

    [Fact]
    public async Task HiddenField_ValueAbsentFromApproverPage_ShownToInitiator()
    {
        const string secret = "机密-只给人事看-7Q";
        await factory.PublishLeaveAsync();
        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var id = await ApplyAsync(zhangsan, 2, "体检", secret);
        var head = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        var page = await head.PageAsync($"/Workbench/Instance/{id}");
        Assert.Contains("value=\"approve\"", page);
        Assert.DoesNotContain(secret, page);
        Assert.DoesNotContain("人事备注", page); // the field itself is gone, not just its value
        Assert.Contains(secret, await zhangsan.PageAsync($"/Workbench/Instance/{id}"));
    }

    [Fact]
    public async Task UserText_RendersEncoded_NeverAsMarkup()
    {
        await factory.PublishLeaveAsync();
        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var id = await ApplyAsync(zhangsan, 1, "<script>alert(1)</script>");
        var head = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        var taskId = Regex.Match(await head.PageAsync($"/Workbench/Instance/{id}"), "name=\"taskId\" value=\"([^\"]+)\"").Groups[1].Value;
        await head.PostFormAsync($"/Workbench/Instance/{id}", $"/Workbench/Instance/{id}?handler=Act", ("taskId", taskId), ("action", "approve"), ("comment", "<img src=x onerror=alert(2)>"));
        var html = await zhangsan.PageAsync($"/Workbench/Instance/{id}");
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("\\u003Cscript\\u003Ealert(1)", html); // inside the island's JSON
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html); // the comment in the timeline
    }

    [Fact]
    public async Task Reject_WithComment_EndsRejected_AndWithdrawIsOfferedOnlyBeforeApproval()
    {
        await factory.PublishLeaveAsync();
        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var first = await ApplyAsync(zhangsan, 1, "撤回测试");
        var withdrawn = await zhangsan.PostFormAsync($"/Workbench/Instance/{first}", $"/Workbench/Instance/{first}?handler=Withdraw", ("reason", "不请了"));
        Assert.Equal($"/Workbench/Instance/{first}?done=withdraw", withdrawn.Headers.Location!.OriginalString);
        var withdrawnPage = await zhangsan.PageAsync($"/Workbench/Instance/{first}");
        Assert.Contains("已撤回", withdrawnPage); // withdrawn before anyone acted: 撤回, not 撤销
        Assert.DoesNotContain("已撤销", withdrawnPage);

        var second = await ApplyAsync(zhangsan, 1, "拒绝测试");
        var head = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        var taskId = Regex.Match(await head.PageAsync($"/Workbench/Instance/{second}"), "name=\"taskId\" value=\"([^\"]+)\"").Groups[1].Value;
        var rejected = await head.PostFormAsync($"/Workbench/Instance/{second}", $"/Workbench/Instance/{second}?handler=Act", ("taskId", taskId), ("action", "reject"), ("comment", "人手不够"));
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var html = await zhangsan.PageAsync($"/Workbench/Instance/{second}");
        Assert.Contains("wb-status-rejected", html);
        Assert.Contains("人手不够", html);
        Assert.DoesNotContain("handler=Withdraw", html);
    }

    [Fact]
    public async Task CopiedUser_SeesUnreadMark_UntilTheyOpenTheRequest()
    {
        await factory.PublishLeaveAsync();
        var id = await ApplyAsync(await WorkbenchBrowser.SignInAsync(factory, "zhangsan"), 1, "抄送测试");
        var hr = await WorkbenchBrowser.SignInAsync(factory, "panlei");
        var row = new Regex($"<tr class=\"[^\"]*wb-unread[^\"]*\">\\s*<td class=\"wb-title\">\\s*<span class=\"wb-dot\"[^>]*></span>\\s*<a href=\"/Workbench/Instance/{id}\"");
        Assert.Matches(row, await hr.PageAsync("/Workbench/Inbox?box=cc"));
        await hr.PageAsync($"/Workbench/Instance/{id}");
        Assert.DoesNotMatch(row, await hr.PageAsync("/Workbench/Inbox?box=cc"));
    }

    private static async Task<string> ApplyAsync(WorkbenchBrowser browser, decimal days, string reason, string? hrNote = null)
    {
        var response = await browser.PostFormAsync(ApplyPath, ApplyPath, ("formData", WorkbenchBrowser.Json(new { leaveType = "annual", days, reason, hrNote })));
        return WorkbenchBrowser.InstanceIdFrom(response);
    }
}
