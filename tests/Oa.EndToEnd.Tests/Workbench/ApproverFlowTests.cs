using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests.Workbench;

/// <summary>
/// What approvers do from the workbench in Chromium: batch approve from 待办, 转办 to a colleague, and a 代理 period that
/// sends a new task to the deputy. Each test publishes its own small process, so it meets only its own tasks.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ApproverFlowTests(EndToEnd e2e)
{
    [Fact]
    public async Task BatchApprove_ThreeSelectedAndConfirmed_LeaveTodo_AndShowInDone()
    {
        var key = await WorkbenchProcess.PublishAsync(e2e, "wbbatch");
        using var applicant = await WorkbenchApi.AsAsync(e2e, "lisi");
        var ids = new List<string>();
        for (var i = 1; i <= 3; i++) ids.Add(await applicant.StartAsync(key, WorkbenchProcess.Values($"批量{i}", days: i)));

        var head = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(head, "wanglei");
        await head.GotoAsync($"/Workbench/Inbox?box=todo&process={key}");
        var boxes = head.Locator("input[name=taskIds]");
        await boxes.First.WaitForAsync();
        Assert.Equal(3, await boxes.CountAsync());
        for (var i = 0; i < 3; i++) await boxes.Nth(i).CheckAsync();
        await head.FillAsync(".wb-batchbar input[name=comment]", "批量同意");
        await Browser.ScreenshotAsync(head, "inbox-batch-selected");
        await head.ClickAsync(".wb-batchbar button[value=approve]");
        await head.ClickAsync("#wb-confirm button[value=ok]");
        await head.Locator(".notice:has-text('已处理 3 条，失败 0 条')").WaitForAsync();

        await head.GotoAsync($"/Workbench/Inbox?box=todo&process={key}");
        await head.Locator(".wb-empty").WaitForAsync();
        await head.GotoAsync($"/Workbench/Inbox?box=done&process={key}");
        foreach (var id in ids) Assert.Contains("已同意", await head.InnerTextAsync($"tr:has(a[href^='/Workbench/Instance/{id}'])"));
        await Browser.ScreenshotAsync(head, "inbox-done-after-batch");
    }

    [Fact]
    public async Task Transfer_ToAColleague_TheyHaveItInTodo_AndTheOriginalApproverNoLonger()
    {
        var key = await WorkbenchProcess.PublishAsync(e2e, "wbxfer");
        using var applicant = await WorkbenchApi.AsAsync(e2e, "zhangsan");
        var id = await applicant.StartAsync(key, WorkbenchProcess.Values("转办给李四"));

        var head = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(head, "wanglei");
        await head.GotoAsync($"/Workbench/Instance/{id}");
        await head.ClickAsync("details.wb-transfer summary:has-text('转办')");
        await head.FillAsync("input[name=transferTo]", "lisi");
        await head.FillAsync("textarea[name=comment]", "请李四处理");
        await head.ClickAsync("button[value=transfer]");
        await head.WaitForURLAsync(new Regex("box=todo&done=transfer"));
        Assert.Contains("已转办", await head.InnerTextAsync(".notice"));
        Assert.Equal(0, await head.Locator($"a[href^='/Workbench/Instance/{id}']").CountAsync());

        var colleague = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(colleague, "lisi");
        await colleague.GotoAsync($"/Workbench/Inbox?box=todo&process={key}");
        await colleague.ClickAsync($"a[href^='/Workbench/Instance/{id}']");
        await colleague.Locator("button[value=approve]").WaitForAsync();
        Assert.Contains("转办", await colleague.InnerTextAsync(".wb-timeline"));
        await Browser.ScreenshotAsync(colleague, "instance-transferred-to-colleague");
    }

    [Fact]
    public async Task DeputyPeriod_SetOnTheDeputyPage_RoutesANewTaskToTheDeputy_AndTheTimelineSaysSo()
    {
        var key = await WorkbenchProcess.PublishAsync(e2e, "wbdep");
        var head = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(head, "wanglei");
        await head.GotoAsync("/Deputies");
        await head.FillAsync("input[name=deputy]", "wangwu");
        await head.FillAsync("input[name=endsAt]", DateTime.Now.AddDays(3).ToString("yyyy-MM-ddTHH:mm"));
        // Only this test's process, so the other tests' tasks for wanglei stay his.
        await head.SelectOptionAsync("select[name=processKeys]", key);
        await head.FillAsync("input[name=reason]", "出差");
        await head.ClickAsync(".dp-form button[type=submit]");
        await head.Locator("td:has-text('wangwu')").First.WaitForAsync();
        await Browser.ScreenshotAsync(head, "deputies");

        using var applicant = await WorkbenchApi.AsAsync(e2e, "zhangsan");
        var id = await applicant.StartAsync(key, WorkbenchProcess.Values("代理期间的申请"));

        var deputy = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(deputy, "wangwu");
        await deputy.GotoAsync($"/Workbench/Inbox?box=todo&process={key}");
        await deputy.ClickAsync($"a[href^='/Workbench/Instance/{id}']");
        await deputy.Locator("button[value=approve]").WaitForAsync();
        var timeline = await deputy.InnerTextAsync(".wb-timeline");
        Assert.Contains("代理", timeline);
        Assert.Contains("王五", timeline);
        await Browser.ScreenshotAsync(deputy, "instance-deputy");
        await head.GotoAsync($"/Workbench/Inbox?box=todo&process={key}");
        Assert.Equal(0, await head.Locator($"a[href^='/Workbench/Instance/{id}']").CountAsync());
    }
}
