using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests.Workbench;

/// <summary>
/// The pages a demanding user looks at, in Chromium on a desk and a 390 px phone, with screenshots for review: the
/// designer's icon picker draws the catalogue's glyphs, the approval panel speaks English on an English page, the
/// report's node chart keeps long names apart, the 草稿 box tells drafts apart, the jobs page names its jobs.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class UiPolishPagesTests(EndToEnd e2e)
{
    private const string LongHead = "部门负责人及分管副总裁联合审批（超长节点名称）";
    private const string LongHr = "人力资源部薪酬福利组备案并通知财务共享中心";

    [Fact]
    public async Task IconPicker_DrawsTheCataloguesGlyphsOnTheirTints()
    {
        var key = await PublishLeaveCopyAsync(xml => xml);
        foreach (var phone in new[] { false, true })
        {
            var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl, phone);
            await Pages.SignInAsync(page, "admin", HostProcess.AdminPassword);
            await page.GotoAsync($"/Designer/Process/{key}");
            var leave = page.Locator("[data-testid=process-icon] [data-icon=leave]");
            await leave.Locator("svg").WaitForAsync();
            Assert.Equal(12, await page.Locator("[data-testid=process-icon] button svg").CountAsync());
            // The tint of process-icons.css, the same the 发起审批 tile has (#e8f7ee on 请假).
            Assert.Equal("rgb(232, 247, 238)", await leave.Locator(".oa-icon-glyph").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
            await page.Locator("[data-testid=process-icon]").ScrollIntoViewIfNeededAsync();
            Directory.CreateDirectory(Browser.ScreenshotDir);
            await page.Locator(".oa-modeler-properties").ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotDir, $"ui9-icon-picker{(phone ? "-phone" : "")}.png") });
        }
    }

    [Fact]
    public async Task ApprovalPanel_IsEnglishOnAnEnglishPage_AndChineseOtherwise()
    {
        var key = await PublishLeaveCopyAsync(xml => xml);
        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = e2e.Host.BaseUrl }]);
        await Pages.SignInAsync(page, "admin", HostProcess.AdminPassword);
        await page.GotoAsync($"/Designer/Process/{key}");
        await page.ClickAsync(".djs-element[data-element-id=Task_Head]");
        var approval = page.Locator("[data-testid=oa-approval]");
        await approval.WaitForAsync();
        var text = await approval.InnerTextAsync();
        Assert.Contains("Approvers", text);
        Assert.Contains("Allowed actions", text);
        Assert.DoesNotContain("审批人去重", text);
        Assert.Contains("Approval", await page.Locator(".bio-properties-panel-group-header", new() { Has = page.Locator("text=Approval") }).First.InnerTextAsync());
        await Browser.ScreenshotAsync(page, "ui9-approval-panel-en");

        var zh = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(zh, "admin", HostProcess.AdminPassword);
        await zh.GotoAsync($"/Designer/Process/{key}");
        await zh.ClickAsync(".djs-element[data-element-id=Task_Head]");
        await zh.Locator("[data-testid=oa-approval]").WaitForAsync();
        Assert.Contains("审批人去重", await zh.Locator("[data-testid=oa-approval]").InnerTextAsync());
    }

    [Fact]
    public async Task NodeChart_KeepsLongNamesOnTheirOwnRows_OnDeskAndPhone()
    {
        var key = await PublishLeaveCopyAsync(xml => xml.Replace("name=\"部门负责人审批\"", $"name=\"{LongHead}\"").Replace("name=\"人事备案\"", $"name=\"{LongHr}\""));
        var started = new List<string>();
        using (var applicant = await WorkbenchApi.AsAsync(e2e, "zhangsan"))
            for (var i = 0; i < 2; i++) started.Add(await applicant.StartAsync(key, JsonDocument.Parse(LeaveData).RootElement));
        using (var head = await WorkbenchApi.AsAsync(e2e, "wanglei"))
            await head.ActAsync(started[0], "approve", new { comment = "同意" });
        foreach (var phone in new[] { false, true })
        {
            var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl, phone);
            await Pages.SignInAsync(page, "admin", HostProcess.AdminPassword);
            await page.GotoAsync($"/Reports/Process/{key}");
            var chart = page.Locator("[data-report-chart=nodes]");
            await chart.Locator("canvas").WaitForAsync();
            Assert.True(await chart.EvaluateAsync<double>("e => e.getBoundingClientRect().height") >= 280);
            await chart.ScrollIntoViewIfNeededAsync();
            Directory.CreateDirectory(Browser.ScreenshotDir);
            await chart.ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotDir, $"ui9-report-nodes{(phone ? "-phone" : "")}.png") });
            await Browser.ScreenshotAsync(page, $"ui9-report{(phone ? "-phone" : "")}");
        }
    }

    [Fact]
    public async Task DraftsBox_AndJobsPage_ReadWellOnDeskAndPhone()
    {
        using (var api = await ApiAsync("zhaoliu"))
            foreach (var draft in new object[] { new { leaveType = "annual", days = 2, reason = "回老家探亲" }, new { leaveType = "sick", days = 1 }, new { } })
                Assert.True((await api.PostAsJsonAsync("/api/drafts", new { processKey = "Process_Leave", variables = draft })).IsSuccessStatusCode);
        foreach (var phone in new[] { false, true })
        {
            var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl, phone);
            await Pages.SignInAsync(page, "zhaoliu");
            await page.GotoAsync("/Workbench/Inbox?box=drafts");
            var digests = await page.Locator("[data-draft-digest]").AllInnerTextsAsync();
            Assert.Contains(digests, d => d.Contains("年假") && d.Contains("回老家探亲"));
            Assert.Contains(digests, d => d.Contains("病假"));
            await Browser.ScreenshotAsync(page, $"ui9-drafts{(phone ? "-phone" : "")}");

            var admin = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl, phone);
            await Pages.SignInAsync(admin, "admin", HostProcess.AdminPassword);
            await admin.GotoAsync("/Admin/Jobs");
            Assert.Contains("考勤结算", await admin.InnerTextAsync("table"));
            await Browser.ScreenshotAsync(admin, $"ui9-jobs{(phone ? "-phone" : "")}");
        }
    }

    private const string LeaveData = """{"leaveType":"personal","days":2,"startDate":"2026-12-08","startHalf":"am","endDate":"2026-12-09","endHalf":"pm","reason":"家中有事"}""";

    private async Task<HttpClient> ApiAsync(string user, string password = "Demo@2026")
    {
        var http = new HttpClient { BaseAddress = new Uri(e2e.Host.BaseUrl) };
        var token = await (await http.PostAsJsonAsync("/api/auth/token", new { userName = user, password })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("token").GetString());
        return http;
    }

    private async Task<string> PublishLeaveCopyAsync(Func<string, string> change)
    {
        var key = "E2E_Ui9_" + Guid.NewGuid().ToString("N")[..8];
        var xml = change(File.ReadAllText(Path.Combine(HostProcess.RepositoryRoot, "Definitions", "Processes", "leave.bpmn"))
            .Replace("id=\"Process_Leave\"", $"id=\"{key}\"").Replace("bpmnElement=\"Process_Leave\"", $"bpmnElement=\"{key}\""));
        using var admin = await ApiAsync("admin", HostProcess.AdminPassword);
        var response = await admin.PostAsync("/api/definitions", new MultipartFormDataContent { { new StringContent(xml), "files", key + ".bpmn" } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return key;
    }
}
