using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests.Workbench;

/// <summary>
/// The everyday approval as real users do it in Chromium, on the shipped 请假 process: the employee continues a saved
/// draft and submits it, the head approves on a phone, HR returns it to the employee, who resubmits it; the path runs
/// again (the head approves on the phone), HR files it, and the employee sees it approved.
/// Screenshots of each page are kept for review.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class LeaveOnPhoneTests(EndToEnd e2e)
{
    [Fact]
    public async Task Leave_DraftSubmitted_ApprovedOnPhone_ReturnedToEmployee_Resubmitted_Completes()
    {
        var draftId = await SaveDraftAsync("zhangsan");

        var employee = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(employee, "zhangsan");
        await employee.GotoAsync("/Workbench/Inbox?box=drafts");
        await Browser.ScreenshotAsync(employee, "inbox-drafts");
        await employee.ClickAsync($"a[href*='draft={draftId}']");
        await employee.WaitForSelectorAsync(".fjs-container");
        await Browser.ScreenshotAsync(employee, "apply-leave");
        await employee.ClickAsync(".wb-submitbar button.primary");
        await employee.WaitForURLAsync(new Regex("/Workbench/Instance/[0-9a-f]+\\?done=start"));
        var id = InstanceId().Match(employee.Url).Groups[1].Value;
        Assert.Contains("申请已提交", await employee.InnerTextAsync(".notice"));

        var head = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl, phone: true);
        await Pages.SignInAsync(head, "wanglei");
        await head.GotoAsync("/Workbench/Inbox?box=todo");
        await Browser.ScreenshotAsync(head, "inbox-todo-phone");
        await head.ClickAsync($"a[href^='/Workbench/Instance/{id}']");
        await ApproveAsync(head, "同意，注意交接");
        await Browser.ScreenshotAsync(head, "instance-approved-phone");
        Assert.True(await head.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the request page fits a 390px phone");

        var hr = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(hr, "wujing");
        await hr.GotoAsync($"/Workbench/Instance/{id}");
        await hr.ClickAsync("details.wb-transfer summary:has-text('退回')");
        await hr.SelectOptionAsync("select[name=returnTo]", "initiator");
        await hr.FillAsync("textarea[name=comment]", "请补充交接人");
        await hr.ClickAsync("button[value=return]");
        await hr.ClickAsync("#wb-confirm button[value=ok]");
        await hr.WaitForURLAsync(new Regex("done=return"));
        await Browser.ScreenshotAsync(hr, "instance-returned");

        // The employee gets it back with the start form's permissions, explains in the comment and resubmits.
        await employee.GotoAsync($"/Workbench/Instance/{id}");
        Assert.Contains("申请已退回给您", await employee.InnerTextAsync(".wb-returned"));
        await employee.WaitForSelectorAsync(".fjs-container");
        var schema = await employee.EvaluateAsync<string>("document.getElementById('wb-schema').textContent");
        Assert.DoesNotContain("\"disabled\":true", schema); // the start form's permissions: editable again
        await Browser.ScreenshotAsync(employee, "instance-returned-to-employee");
        await employee.FillAsync("textarea[name=comment]", "已补充交接人");
        await employee.ClickAsync("button[value=resubmit]");
        await employee.WaitForURLAsync(new Regex("done=resubmit"));
        Assert.Contains("已重新提交", await employee.InnerTextAsync(".notice"));

        // Rerun (the process's default returnBehaviour): the head decides again, on the phone.
        await head.GotoAsync($"/Workbench/Instance/{id}");
        await ApproveAsync(head, "已补充");

        await hr.GotoAsync($"/Workbench/Instance/{id}");
        await hr.ClickAsync("button[value=approve]");
        await hr.WaitForURLAsync(new Regex("done=approve"));

        // After HR the leave deduction runs as a service-task job (the host's job runner), so the request ends a moment later.
        var row = employee.Locator($"tr:has(a[href='/Workbench/Instance/{id}'])");
        for (var attempt = 0; ; attempt++)
        {
            await employee.GotoAsync("/Workbench/Inbox?box=mine");
            var text = await row.InnerTextAsync();
            if (text.Contains("已通过") || attempt >= 30) { Assert.Contains("已通过", text); break; }
            await Task.Delay(1000);
        }
        await Browser.ScreenshotAsync(employee, "inbox-mine");
        await employee.GotoAsync($"/Workbench/Instance/{id}");
        var timeline = await employee.InnerTextAsync(".wb-timeline");
        Assert.Contains("退回发起人", timeline);
        Assert.Contains("请补充交接人", timeline);
        Assert.Contains("重新提交", timeline);
        await Browser.ScreenshotAsync(employee, "instance-completed");
        await employee.GotoAsync("/Notifications");
        Assert.Contains("已通过", await employee.InnerTextAsync(".nt-list"));
        await Browser.ScreenshotAsync(employee, "notifications");
        await employee.GotoAsync($"/Workbench/Print/{id}");
        Assert.Contains("家中有事", await employee.InnerTextAsync(".pr-sheet"));
        await Browser.ScreenshotAsync(employee, "print");
    }

    private static async Task ApproveAsync(IPage page, string comment)
    {
        await page.FillAsync("textarea[name=comment]", comment);
        await page.ClickAsync("button[value=approve]");
        await page.WaitForURLAsync(new Regex("done=approve"));
        Assert.Contains("已同意", await page.InnerTextAsync(".notice"));
    }

    /// <summary>The employee's half-finished request, saved earlier (through the public API, as the app would).</summary>
    private async Task<string> SaveDraftAsync(string user)
    {
        using var http = new HttpClient { BaseAddress = new Uri(e2e.Host.BaseUrl) };
        var token = await (await http.PostAsJsonAsync("/api/auth/token", new { userName = user, password = "Demo@2026" })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("token").GetString());
        var start = DateTime.Today.AddDays(7);
        var response = await http.PostAsJsonAsync("/api/drafts", new
        {
            processKey = "Process_Leave",
            variables = new { leaveType = "annual", days = 2, startDate = start.ToString("yyyy-MM-dd"), startHalf = "am", endDate = start.AddDays(1).ToString("yyyy-MM-dd"), endHalf = "pm", reason = "家中有事" },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [GeneratedRegex("/Workbench/Instance/([0-9a-f]+)")]
    private static partial Regex InstanceId();
}
