using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests.Designer;

/// <summary>
/// 流程设置 as an admin uses it: with the process selected (nothing on the canvas), a category, who may start
/// (a department picked from the organisation) and a serial rule built from its parts, then 发布 — after which the
/// catalogue of someone outside the department no longer offers the process, and a new request is numbered by the new rule.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class ProcessSettingsPanelTests(EndToEnd e2e)
{
    private const string LeaveData = """{"leaveType":"personal","days":2,"startDate":"2026-12-08","startHalf":"am","endDate":"2026-12-09","endHalf":"pm","reason":"家中有事"}""";

    [Fact]
    public async Task ProcessSettings_CategoryStartersAndSerialRule_TakeEffectOnPublish()
    {
        var key = await PublishLeaveCopyAsync();
        var category = "测试分类" + Guid.NewGuid().ToString("N")[..4];
        using (var outsider = await SignedInApiAsync("qianhua"))
            Assert.Contains(key, await outsider.GetStringAsync("/api/definitions")); // 财务部 may start it before

        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(page, "admin", HostProcess.AdminPassword);
        await page.GotoAsync($"/Designer/Process/{key}");
        await page.WaitForSelectorAsync(".djs-element[data-element-id=Task_HR]");
        var panel = page.Locator("[data-testid=oa-process-settings]");
        await panel.WaitForAsync(); // nothing selected: the panel shows the process itself

        await panel.Locator("[data-testid=process-category]").FillAsync(category);
        await panel.Locator("[data-testid=process-category]").PressAsync("Tab");
        await panel.Locator("[data-testid=process-icon] [data-icon=meeting]").ClickAsync(); // the shipped 请假 has "leave"

        await panel.Locator("[data-testid=starters-depts] input").FillAsync("京津冀鲁");
        await page.Locator(".oa-options li", new() { HasText = "京津冀鲁" }).First.ClickAsync();
        await panel.Locator("[data-testid=starters-depts] .oa-chip[data-id=fwyyb-jjjl]", new() { HasText = "京津冀鲁" }).WaitForAsync();

        // The shipped rule QJ-{yyyyMMdd}-{seq:3} shows as its parts; it becomes E2E-{yyyyMM}-{seq:5}.
        Assert.Equal("QJ-", await panel.Locator("[data-testid=serial-prefix]").InputValueAsync());
        await panel.Locator("[data-testid=serial-prefix]").FillAsync("E2E-");
        await panel.Locator("[data-testid=serial-prefix]").PressAsync("Tab");
        await panel.Locator("[data-testid=serial-date]").SelectOptionAsync("yyyyMM");
        await panel.Locator("[data-testid=serial-length]").FillAsync("5");
        await panel.Locator("[data-testid=serial-length]").PressAsync("Tab");
        await panel.Locator("[data-testid=serial-sample]", new() { HasText = "E2E-{yyyyMM}-{seq:5}" }).WaitForAsync();
        await panel.Locator("[data-testid=serial-reset]").SelectOptionAsync("monthly");
        await panel.Locator("[data-testid=title-preview]", new() { HasText = "预览：" }).WaitForAsync(); // the shipped title template, rendered by the server
        await Browser.ScreenshotAsync(page, "designer-process-settings");
        // The panel scrolls inside its own container, which a full-page picture does not show: picture the lower part itself.
        Directory.CreateDirectory(Browser.ScreenshotDir);
        await panel.Locator("[data-testid=serial-rule]").ScrollIntoViewIfNeededAsync();
        await page.Locator(".oa-modeler-properties").ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotDir, "designer-process-settings-serial.png") });

        await page.ClickAsync("button[value=publish]");
        await page.WaitForSelectorAsync("p.notice");
        Assert.Contains("已发布 v2", await page.InnerTextAsync("p.notice"));

        var exported = await (await page.APIRequest.GetAsync($"/Designer/Process/{key}?handler=Export&version=2")).TextAsync();
        Assert.Contains($"category=\"{category}\"", exported);
        Assert.Contains("icon=\"meeting\"", exported);
        Assert.Contains("startableBy=\"dept:fwyyb-jjjl\"", exported);
        Assert.Contains("serialRule=\"E2E-{yyyyMM}-{seq:5}\"", exported);

        // Outside 京津冀鲁 the catalogue no longer offers it; inside, a new request is numbered by the new rule.
        var outsiderPage = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(outsiderPage, "qianhua");
        await outsiderPage.GotoAsync("/Workbench/Start");
        Assert.Equal(0, await outsiderPage.Locator($"a[href='/Workbench/Apply/{key}']").CountAsync());
        using (var outsider = await SignedInApiAsync("qianhua"))
            Assert.DoesNotContain(key, await outsider.GetStringAsync("/api/definitions"));
        using var insider = await SignedInApiAsync("zhangsan");
        var started = await insider.PostAsJsonAsync($"/api/processes/{key}/instances", new { variables = JsonDocument.Parse(LeaveData).RootElement });
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var instance = await (await insider.GetAsync($"/api/instances/{id}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches(NewSerial(), instance.GetProperty("serialNo").GetString());
    }

    [GeneratedRegex(@"^E2E-\d{6}-00001$")]
    private static partial Regex NewSerial();

    private async Task<HttpClient> SignedInApiAsync(string user, string password = "Demo@2026")
    {
        var http = new HttpClient { BaseAddress = new Uri(e2e.Host.BaseUrl) };
        var token = await (await http.PostAsJsonAsync("/api/auth/token", new { userName = user, password })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("token").GetString());
        return http;
    }

    private async Task<string> PublishLeaveCopyAsync()
    {
        var key = "E2E_Settings_" + Guid.NewGuid().ToString("N")[..8];
        var xml = File.ReadAllText(Path.Combine(HostProcess.RepositoryRoot, "Definitions", "Processes", "leave.bpmn"))
            .Replace("id=\"Process_Leave\"", $"id=\"{key}\"").Replace("bpmnElement=\"Process_Leave\"", $"bpmnElement=\"{key}\"");
        using var admin = await SignedInApiAsync("admin", HostProcess.AdminPassword);
        var response = await admin.PostAsync("/api/definitions", new MultipartFormDataContent { { new StringContent(xml), "files", key + ".bpmn" } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return key;
    }
}
