using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests.Scenarios;

/// <summary>
/// 加班 in Chromium on the shipped definition: 张三 submits his saved application, his head 王磊 approves it on a phone,
/// HR 吴静 records the hours actually worked (the hour fields appear once 实际加班 is 是) and approves; the hours then
/// stand in the 调休台账 under 张三's name. Screenshots of each step are kept for review.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class OvertimeInBrowserTests(EndToEnd e2e)
{
    [Fact]
    public async Task Overtime_SubmittedApprovedOnPhone_HrRecordsTheActualHours_TheyStandInTheTimeOffLedger()
    {
        var reason = "省平台升级割接-" + Guid.NewGuid().ToString("N")[..6];
        var draftId = await SaveDraftAsync("zhangsan", reason);

        var employee = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(employee, "zhangsan");
        await employee.GotoAsync("/Workbench/Inbox?box=drafts");
        await employee.ClickAsync($"a[href*='draft={draftId}']");
        await employee.WaitForSelectorAsync(".fjs-container");
        await Browser.ScreenshotAsync(employee, "overtime-apply");
        await employee.ClickAsync(".wb-submitbar button.primary");
        await employee.WaitForURLAsync(new Regex("/Workbench/Instance/[0-9a-f]+\\?done=start"));
        var id = InstanceId().Match(employee.Url).Groups[1].Value;

        var head = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl, phone: true);
        await Pages.SignInAsync(head, "wanglei");
        await head.GotoAsync("/Workbench/Inbox?box=todo");
        await head.ClickAsync($"a[href^='/Workbench/Instance/{id}']");
        await head.WaitForSelectorAsync(".fjs-container");
        // The head approves the plan; the hours worked are HR's to record, so their fields are not offered here.
        Assert.Equal(0, await head.Locator(".fjs-form-field-number:has-text('工作日') input:not([disabled]):not([readonly])").CountAsync());
        await ApproveAsync(head, "同意");
        await Browser.ScreenshotAsync(head, "overtime-head-phone");

        var hr = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(hr, "wujing");
        await hr.GotoAsync("/Workbench/Inbox?box=todo");
        await hr.ClickAsync($"a[href^='/Workbench/Instance/{id}']");
        await hr.WaitForSelectorAsync(".fjs-container");
        var workday = hr.Locator(".fjs-form-field-number:has-text('工作日') input");
        Assert.Equal(0, await workday.CountAsync()); // hidden until 实际加班 is answered 是
        await hr.Locator(".fjs-form-field-radio:has-text('实际加班') label:text-is('是')").ClickAsync();
        await workday.FillAsync("2.5");
        await Browser.ScreenshotAsync(hr, "overtime-hr");
        await ApproveAsync(hr, "按打卡记录核定 2.5 小时");

        // 记入调休台账 runs as a service-task job right after HR, so the row appears a moment later. The search is on
        // this request's own reason, so the one row found is the one it wrote.
        var rows = hr.Locator("table tbody tr:has(a[href*='/Record/'])");
        for (var attempt = 0; ; attempt++)
        {
            await hr.GotoAsync($"/Ledgers/time-off?q={Uri.EscapeDataString(reason)}");
            if (await rows.CountAsync() > 0 || attempt >= 30) break;
            await Task.Delay(1000);
        }
        Assert.Equal(1, await rows.CountAsync());
        Assert.Contains("2.5", await rows.InnerTextAsync());
        await Browser.ScreenshotAsync(hr, "overtime-time-off-ledger");
        await rows.Locator("a[href*='/Record/']").First.ClickAsync();
        await hr.WaitForURLAsync(new Regex("/Ledgers/time-off/Record/[0-9]+"));
        var record = await hr.InnerTextAsync("main");
        Assert.Contains(reason, record);
        Assert.Contains("张三", record); // the hours belong to the employee, not to HR who recorded them
    }

    private static async Task ApproveAsync(IPage page, string comment)
    {
        await page.FillAsync("textarea[name=comment]", comment);
        await page.ClickAsync("button[value=approve]");
        await page.WaitForURLAsync(new Regex("done=approve"));
        Assert.Contains("已同意", await page.InnerTextAsync(".notice"));
    }

    /// <summary>The employee's filled-in application, saved earlier through the public API as the app would.</summary>
    private async Task<string> SaveDraftAsync(string user, string reason)
    {
        using var http = new HttpClient { BaseAddress = new Uri(e2e.Host.BaseUrl) };
        var token = await (await http.PostAsJsonAsync("/api/auth/token", new { userName = user, password = "Demo@2026" })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("token").GetString());
        var day = DateTime.Today.AddDays(3).ToString("yyyy-MM-dd");
        var response = await http.PostAsJsonAsync("/api/drafts", new
        {
            processKey = "Process_Overtime",
            variables = new { planStart = day + "T20:30", planEnd = day + "T23:30", planHours = 3, overtimeKind = "workday", reason },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [GeneratedRegex("/Workbench/Instance/([0-9a-f]+)")]
    private static partial Regex InstanceId();
}
