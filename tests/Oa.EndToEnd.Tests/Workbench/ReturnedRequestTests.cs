using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests.Workbench;

/// <summary>
/// A request returned to its applicant is edited in Chromium and resubmitted, and its title follows the changed form;
/// on a phone, tapping a step of the progress diagram lists that step's tasks.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ReturnedRequestTests(EndToEnd e2e)
{
    [Fact]
    public async Task ReturnedRequest_ApplicantEditsTheForm_Resubmits_AndTheTitleFollowsTheNewDays()
    {
        var key = await WorkbenchProcess.PublishAsync(e2e, "wbret");
        using var applicantApi = await WorkbenchApi.AsAsync(e2e, "zhangsan");
        var id = await applicantApi.StartAsync(key, WorkbenchProcess.Values("原因一", days: 3));
        using var headApi = await WorkbenchApi.AsAsync(e2e, "wanglei");
        await headApi.ActAsync(id, "return", new { targetElementId = "initiator", comment = "天数改为2" });

        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(page, "zhangsan");
        await page.GotoAsync($"/Workbench/Instance/{id}");
        var days = page.Locator(".fjs-form-field-number input");
        var reason = page.Locator(".fjs-form-field-textarea textarea");
        await days.WaitForAsync();
        Assert.True(await days.IsEditableAsync(), "the returned applicant can edit 天数");
        Assert.True(await reason.IsEditableAsync(), "the returned applicant can edit 事由");
        Assert.Equal("3", await days.InputValueAsync());
        await Browser.ScreenshotAsync(page, "instance-returned-editable");

        await days.FillAsync("2");
        await reason.FillAsync("原因一（已改为两天）");
        await page.FillAsync("textarea[name=comment]", "已改");
        await page.ClickAsync("button[value=resubmit]");
        await page.WaitForURLAsync(new Regex("done=resubmit"));
        Assert.Contains("张三的测试申请（2天）", await page.InnerTextAsync("h1"));
        var timeline = await page.InnerTextAsync(".wb-timeline");
        Assert.Contains("标题已更新", timeline);
        Assert.Contains("原标题：张三的测试申请（3天）", timeline);
        await page.GotoAsync("/Workbench/Inbox?box=mine");
        Assert.Contains("张三的测试申请（2天）", await page.InnerTextAsync($"tr:has(a[href='/Workbench/Instance/{id}'])"));
    }

    [Fact]
    public async Task ProgressDiagram_TapOnAStepOnAPhone_ListsItsTasks()
    {
        var key = await WorkbenchProcess.PublishAsync(e2e, "wbnode");
        using var applicantApi = await WorkbenchApi.AsAsync(e2e, "zhangsan");
        var id = await applicantApi.StartAsync(key, WorkbenchProcess.Values("节点面板"));
        using var headApi = await WorkbenchApi.AsAsync(e2e, "wanglei");
        await headApi.ActAsync(id, "approve", new { comment = "同意，看节点" });

        var phone = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl, phone: true);
        await Pages.SignInAsync(phone, "zhangsan");
        await phone.GotoAsync($"/Workbench/Instance/{id}");
        var head = phone.Locator(".wb-diagram .djs-element[data-element-id='Task_Head']");
        await head.ScrollIntoViewIfNeededAsync();
        await head.TapAsync();
        var panel = phone.Locator("[data-node-tasks='Task_Head']");
        await panel.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        var text = await panel.InnerTextAsync();
        Assert.Contains("王磊", text);
        Assert.Contains("已同意", text);
        Assert.Contains("同意，看节点", text);
        await Browser.ScreenshotAsync(phone, "instance-node-tasks-phone");

        await phone.Locator(".wb-diagram .djs-element[data-element-id='Task_Hr']").TapAsync();
        var hr = phone.Locator("[data-node-tasks='Task_Hr']");
        await hr.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Contains("待处理", await hr.InnerTextAsync());
        Assert.False(await panel.IsVisibleAsync(), "only the tapped step's list shows");
        await phone.ClickAsync("[data-node-close]");
        await phone.Locator("[data-node-panel]").WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the request page fits a 390px phone");
    }
}
