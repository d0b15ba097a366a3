using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests.Designer;

/// <summary>
/// 发起人撤销 end to end: the admin turns it on in 流程设置 and publishes; after the department head approved in the
/// browser, the applicant — on a phone — revokes the running request from its page with a reason, and the timeline says so.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ProcessSettingsCancelTests(EndToEnd e2e)
{
    private const string LeaveData = """{"leaveType":"personal","days":1,"startDate":"2026-12-15","startHalf":"am","endDate":"2026-12-15","endHalf":"pm","reason":"处理私事"}""";

    [Fact]
    public async Task InitiatorCancelWhileRunning_SetInTheDesigner_LetsTheApplicantRevokeAfterAnApproval()
    {
        var key = await PublishLeaveCopyAsync();
        // Signed in first, while the host is quiet: the phone page is only used at the end.
        var applicant = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl, phone: true);
        await Pages.SignInAsync(applicant, "zhangsan");
        var designer = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(designer, "admin", HostProcess.AdminPassword);
        await designer.GotoAsync($"/Designer/Process/{key}");
        await designer.WaitForSelectorAsync(".djs-element[data-element-id=Task_HR]");
        var panel = designer.Locator("[data-testid=oa-process-settings]");
        await panel.WaitForAsync();
        var rule = panel.Locator("[data-testid=initiator-cancel]");
        Assert.Equal("never", await rule.InputValueAsync()); // the default: only 撤回 before anyone acts
        await rule.SelectOptionAsync("whileRunning");
        Assert.Contains("审批中可撤销", await rule.Locator("option:checked").InnerTextAsync());
        await rule.ScrollIntoViewIfNeededAsync();
        Directory.CreateDirectory(Browser.ScreenshotDir);
        await designer.Locator(".oa-modeler-properties").ScreenshotAsync(new() { Path = Path.Combine(Browser.ScreenshotDir, "designer-initiator-cancel.png") });
        await designer.ClickAsync("button[value=publish]");
        await designer.WaitForSelectorAsync("p.notice");
        Assert.Contains("已发布 v2", await designer.InnerTextAsync("p.notice"));
        Assert.Contains("initiatorCancel=\"whileRunning\"", await (await designer.APIRequest.GetAsync($"/Designer/Process/{key}?handler=Export&version=2")).TextAsync());

        string id;
        using (var applicantApi = await SignedInApiAsync("zhangsan"))
        {
            var started = await applicantApi.PostAsJsonAsync($"/api/processes/{key}/instances", new { variables = JsonDocument.Parse(LeaveData).RootElement });
            Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
            id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        var head = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(head, "wanglei");
        await head.GotoAsync($"/Workbench/Instance/{id}");
        await head.FillAsync("textarea[name=comment]", "同意");
        await head.ClickAsync("button[value=approve]");
        await head.WaitForURLAsync(new Regex("done=approve"));

        await applicant.GotoAsync($"/Workbench/Instance/{id}");
        await applicant.Locator(".wb-timeline").WaitForAsync();
        Assert.Equal(0, await applicant.Locator("form[action*='handler=Withdraw']").CountAsync()); // the head acted: 撤回 is gone
        await applicant.ClickAsync("#wb-revoke summary");
        await applicant.FillAsync("#wb-revoke textarea[name=reason]", "行程取消，不再请假");
        await AssertFitsTheScreenAsync(applicant);
        await Browser.ScreenshotAsync(applicant, "instance-revoke-phone");
        await applicant.ClickAsync("#wb-revoke button[type=submit]");
        await applicant.ClickAsync("#wb-confirm button[value=ok]");
        await applicant.WaitForURLAsync(new Regex("done=revoke"));

        Assert.Equal("已撤销", (await applicant.InnerTextAsync(".wb-instance-head .wb-status")).Trim());
        var timeline = await applicant.InnerTextAsync(".wb-timeline");
        Assert.Contains("发起人撤销", timeline);
        Assert.Contains("行程取消，不再请假", timeline);
        Assert.Equal(0, await applicant.Locator("#wb-revoke").CountAsync());
        await AssertFitsTheScreenAsync(applicant);
        await Browser.ScreenshotAsync(applicant, "instance-revoked-phone");
    }

    private static async Task AssertFitsTheScreenAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");

    private async Task<HttpClient> SignedInApiAsync(string user, string password = "Demo@2026")
    {
        var http = new HttpClient { BaseAddress = new Uri(e2e.Host.BaseUrl) };
        var token = await (await http.PostAsJsonAsync("/api/auth/token", new { userName = user, password })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("token").GetString());
        return http;
    }

    private async Task<string> PublishLeaveCopyAsync()
    {
        var key = "E2E_Cancel_" + Guid.NewGuid().ToString("N")[..8];
        var xml = File.ReadAllText(Path.Combine(HostProcess.RepositoryRoot, "Definitions", "Processes", "leave.bpmn"))
            .Replace("id=\"Process_Leave\"", $"id=\"{key}\"").Replace("bpmnElement=\"Process_Leave\"", $"bpmnElement=\"{key}\"");
        using var admin = await SignedInApiAsync("admin", HostProcess.AdminPassword);
        var response = await admin.PostAsync("/api/definitions", new MultipartFormDataContent { { new StringContent(xml), "files", key + ".bpmn" } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return key;
    }
}
