using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests.Workbench;

/// <summary>
/// What applicants and colleagues see in Chromium: the applicant's 撤回 (only while nobody acted), a 抄送 read in
/// 抄送我的, and a field hidden from the approver's step that never reaches the approver's page or API answers.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ApplicantFlowTests(EndToEnd e2e)
{
    [Fact]
    public async Task Withdraw_OfferedWhileNobodyActed_AfterwardsTheRequestShowsWithdrawn()
    {
        var key = await WorkbenchProcess.PublishAsync(e2e, "wbwd");
        using var api = await WorkbenchApi.AsAsync(e2e, "zhangsan");
        var untouched = await api.StartAsync(key, WorkbenchProcess.Values("撤回我"));
        var approved = await api.StartAsync(key, WorkbenchProcess.Values("已审批的"));
        using var headApi = await WorkbenchApi.AsAsync(e2e, "wanglei");
        await headApi.ActAsync(approved, "approve");

        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(page, "zhangsan");
        await page.GotoAsync($"/Workbench/Instance/{approved}");
        await page.Locator(".wb-timeline").WaitForAsync();
        Assert.Equal(0, await page.Locator("form.wb-withdraw:not(.wb-withdraw-task) button").CountAsync()); // the head already approved

        await page.GotoAsync($"/Workbench/Instance/{untouched}");
        var withdraw = page.Locator("form.wb-withdraw:not(.wb-withdraw-task) button");
        await withdraw.WaitForAsync();
        await page.FillAsync("input[name=reason]", "信息填错了");
        await withdraw.ClickAsync();
        await page.ClickAsync("#wb-confirm button[value=ok]");
        await page.WaitForURLAsync(new Regex("done=withdraw"));
        Assert.Equal("已撤回", (await page.InnerTextAsync(".wb-instance-head .wb-status")).Trim());
        Assert.Equal(0, await withdraw.CountAsync());
        Assert.Contains("信息填错了", await page.InnerTextAsync(".wb-timeline"));
        await Browser.ScreenshotAsync(page, "instance-withdrawn");
    }

    [Fact]
    public async Task CarbonCopy_TheColleagueSeesItUnreadInCcBox_OpeningMarksItRead()
    {
        var key = await WorkbenchProcess.PublishAsync(e2e, "wbcc");
        using var api = await WorkbenchApi.AsAsync(e2e, "zhangsan");
        var id = await api.StartAsync(key, WorkbenchProcess.Values("抄送给赵六"));

        var applicant = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(applicant, "zhangsan");
        await applicant.GotoAsync($"/Workbench/Instance/{id}");
        await applicant.ClickAsync("details.wb-transfer summary:has-text('抄送给同事')");
        await applicant.FillAsync("input[name=ccTo]", "zhaoliu");
        await applicant.FillAsync("input[name=ccComment]", "请知悉");
        await applicant.ClickAsync("form[action*='handler=Cc'] button[type=submit]");
        await applicant.WaitForURLAsync(new Regex("done=cc"));

        var colleague = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(colleague, "zhaoliu");
        await colleague.GotoAsync($"/Workbench/Inbox?box=cc&process={key}");
        var row = colleague.Locator($"tr:has(a[href^='/Workbench/Instance/{id}'])");
        await row.WaitForAsync();
        Assert.Contains("wb-unread", await row.GetAttributeAsync("class") ?? "");
        Assert.Equal(1, await row.Locator(".wb-dot").CountAsync());
        await Browser.ScreenshotAsync(colleague, "inbox-cc-unread");
        await row.Locator("a").ClickAsync();
        await colleague.Locator(".wb-timeline").WaitForAsync();
        await colleague.GotoAsync($"/Workbench/Inbox?box=cc&process={key}");
        await row.WaitForAsync();
        Assert.DoesNotContain("wb-unread", await row.GetAttributeAsync("class") ?? "");
        Assert.Equal(0, await row.Locator(".wb-dot").CountAsync());
    }

    [Fact]
    public async Task HiddenField_ValueAbsentFromTheApproversPageAndApi_TheApplicantSeesIt()
    {
        var key = await WorkbenchProcess.PublishAsync(e2e, "wbhid");
        var secret = "薪资机密" + Guid.NewGuid().ToString("N")[..10];
        using var api = await WorkbenchApi.AsAsync(e2e, "zhangsan");
        var id = await api.StartAsync(key, WorkbenchProcess.Values("含隐藏字段", secret: secret));

        var head = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(head, "wanglei");
        await head.GotoAsync($"/Workbench/Instance/{id}");
        await head.Locator(".fjs-container").WaitForAsync();
        Assert.Contains("含隐藏字段", await head.ContentAsync()); // the visible fields are there…
        Assert.DoesNotContain(secret, await head.ContentAsync()); // …the hidden one is not, not even in the data blob
        Assert.DoesNotContain("薪资说明", await head.InnerTextAsync(".wb-formcard"));
        var raw = await (await head.APIRequest.GetAsync($"/Workbench/Instance/{id}")).TextAsync();
        Assert.Contains("含隐藏字段", raw);
        Assert.DoesNotContain(secret, raw);
        await Browser.ScreenshotAsync(head, "instance-hidden-field-approver");

        using var headApi = await WorkbenchApi.AsAsync(e2e, "wanglei");
        var instanceJson = await headApi.GetStringAsync($"/api/instances/{id}");
        Assert.Contains("含隐藏字段", instanceJson);
        Assert.DoesNotContain(secret, instanceJson);
        var taskJson = await headApi.GetStringAsync($"/api/tasks/{await headApi.TodoTaskAsync(id)}");
        Assert.Contains("含隐藏字段", taskJson);
        Assert.DoesNotContain(secret, taskJson);

        var applicant = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(applicant, "zhangsan");
        await applicant.GotoAsync($"/Workbench/Instance/{id}");
        var field = applicant.Locator(".fjs-form-field:has-text('薪资说明') input");
        await field.WaitForAsync();
        Assert.Equal(secret, await field.InputValueAsync());
        Assert.Contains(secret, await api.GetStringAsync($"/api/instances/{id}"));
    }
}
