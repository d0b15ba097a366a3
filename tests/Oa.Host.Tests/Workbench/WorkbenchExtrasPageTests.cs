using System.Net;
using System.Text.RegularExpressions;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Workbench;

/// <summary>The pages behind drafts, inbox filters and batch approval, the bell and the notification centre, 委派 and 代理.</summary>
public sealed class WorkbenchExtrasPageTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private async Task<string> ApplyAsync(string reason, string user = "zhangsan")
    {
        await factory.PublishLeaveAsync();
        var browser = await WorkbenchBrowser.SignInAsync(factory, user);
        var response = await browser.PostFormAsync("/Workbench/Apply/host_leave", "/Workbench/Apply/host_leave",
            ("formData", WorkbenchBrowser.Json(new { leaveType = "annual", days = 1, reason })));
        return WorkbenchBrowser.InstanceIdFrom(response);
    }

    [Fact]
    public async Task SaveDraft_HalfFilled_ShowsInDraftsTab_AndSubmittingItRemovesIt()
    {
        await factory.PublishLeaveAsync();
        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var saved = await zhangsan.PostFormAsync("/Workbench/Apply/host_leave", "/Workbench/Apply/host_leave?handler=Draft",
            ("formData", WorkbenchBrowser.Json(new { days = 4 })));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.OriginalString;
        var draftId = Regex.Match(location, "draft=([0-9a-f]+)").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(draftId), location);

        var drafts = await zhangsan.PageAsync("/Workbench/Inbox?box=drafts");
        Assert.Contains($"/Workbench/Apply/host_leave?draft={draftId}", drafts);
        var reopened = await zhangsan.PageAsync(location);
        Assert.Contains("草稿已保存", reopened);
        Assert.Contains($"name=\"draftId\" value=\"{draftId}\"", reopened);
        Assert.Contains("\"days\":4", reopened);

        var submitted = await zhangsan.PostFormAsync(location, "/Workbench/Apply/host_leave",
            ("formData", WorkbenchBrowser.Json(new { leaveType = "annual", days = 4, reason = "草稿转正" })), ("draftId", draftId));
        WorkbenchBrowser.InstanceIdFrom(submitted);
        Assert.DoesNotContain(draftId, await zhangsan.PageAsync("/Workbench/Inbox?box=drafts"));
    }

    [Fact]
    public async Task OtherUsersDraft_Answers404()
    {
        await factory.PublishLeaveAsync();
        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var saved = await zhangsan.PostFormAsync("/Workbench/Apply/host_leave", "/Workbench/Apply/host_leave?handler=Draft", ("formData", WorkbenchBrowser.Json(new { days = 1 })));
        var lisi = await WorkbenchBrowser.SignInAsync(factory, "lisi");
        Assert.Equal(HttpStatusCode.NotFound, (await lisi.GetAsync(saved.Headers.Location!.OriginalString)).StatusCode);
    }

    [Fact]
    public async Task InboxFilter_ByKeyword_ShowsOnlyMatches_AndKeepsTheFilterInTheForm()
    {
        var a = await ApplyAsync("筛选甲");
        var b = await ApplyAsync("筛选乙", "lisi");
        var head = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        var html = await head.PageAsync("/Workbench/Inbox?box=todo&initiator=lisi");
        Assert.Contains($"/Workbench/Instance/{b}", html);
        Assert.DoesNotContain($"/Workbench/Instance/{a}", html);
        Assert.Contains("name=\"initiator\" value=\"lisi\"", html);
    }

    [Fact]
    public async Task BatchApprove_FromTheInboxPage_ApprovesTheTickedTasks()
    {
        var a = await ApplyAsync("批量甲");
        var b = await ApplyAsync("批量乙");
        var head = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        var inbox = await head.PageAsync("/Workbench/Inbox?box=todo");
        string TaskOf(string id) => Regex.Match(inbox, $"href=\"/Workbench/Instance/{id}\\?task=([^\"]+)\"").Groups[1].Value;
        var response = await head.PostFormAsync("/Workbench/Inbox?box=todo", "/Workbench/Inbox?handler=Batch",
            ("action", "approve"), ("taskIds", TaskOf(a)), ("taskIds", TaskOf(b)), ("comment", "同意"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("已处理 2 条，失败 0 条", html);
        Assert.DoesNotContain($"/Workbench/Instance/{a}?task=", html);
    }

    [Fact]
    public async Task Bell_ShowsUnreadCount_AndOpeningANotificationMarksItReadAndGoesToTheRequest()
    {
        await ApplyAsync("通知测试");
        var head = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        var page = await head.PageAsync("/Notifications");
        Assert.Matches(new Regex("<span class=\"badge\" id=\"notify-count\">\\d+\\+?</span>"), page);
        var notificationId = Regex.Match(page, "handler=Open&(?:amp;)?id=(\\d+)").Groups[1].Value;
        var response = await head.GetAsync($"/Notifications?handler=Open&id={notificationId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Workbench/Instance/", response.Headers.Location!.OriginalString);
        var after = await head.PageAsync("/Notifications?unread=true");
        Assert.DoesNotContain($"id={notificationId}\"", after);
    }

    [Fact]
    public async Task Delegate_FromTheInstancePage_TheDelegateSeesOnlyHandBack()
    {
        var id = await ApplyAsync("委派页面");
        var head = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        var page = await head.PageAsync($"/Workbench/Instance/{id}");
        Assert.Contains("name=\"delegateTo\"", page);
        var taskId = Regex.Match(page, "name=\"taskId\" value=\"([^\"]+)\"").Groups[1].Value;
        var done = await head.PostFormAsync($"/Workbench/Instance/{id}", $"/Workbench/Instance/{id}?handler=Act", ("taskId", taskId), ("action", "delegate"), ("delegateTo", "lisi"));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        var lisi = await WorkbenchBrowser.SignInAsync(factory, "lisi");
        var delegated = await lisi.PageAsync($"/Workbench/Instance/{id}");
        Assert.Contains("value=\"resolve\"", delegated);
        Assert.DoesNotContain("value=\"approve\"", delegated);
        Assert.Contains("王磊委派给您", delegated);
    }

    [Fact]
    public async Task DeputyPage_SetsAndEndsADeputy()
    {
        var wanglei = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        var end = DateTime.Now.AddDays(2).ToString("yyyy-MM-ddTHH:mm");
        var saved = await wanglei.PostFormAsync("/Deputies", "/Deputies", ("deputy", "sunli"), ("endsAt", end), ("reason", "出差"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await wanglei.PageAsync("/Deputies");
        Assert.Contains("sunli", page);
        Assert.Contains("生效中", page);
        var ruleId = Regex.Match(page, "handler=Revoke&amp;id=(\\d+)|/Deputies\\?id=(\\d+)&amp;handler=Revoke").Groups.Values.Skip(1).First(g => g.Success).Value;
        var revoked = await wanglei.PostFormAsync("/Deputies", $"/Deputies?handler=Revoke&id={ruleId}");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Contains("已结束", await wanglei.PageAsync("/Deputies"));
    }

    [Fact]
    public async Task DeputyPage_BadInput_ShowsTheFieldError()
    {
        var wanglei = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        var response = await wanglei.PostFormAsync("/Deputies", "/Deputies", ("deputy", "wanglei"), ("endsAt", DateTime.Now.AddDays(1).ToString("yyyy-MM-ddTHH:mm")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("代理人不能是本人", await response.Content.ReadAsStringAsync());
    }
}
