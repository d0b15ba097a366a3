using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests.Designer;

/// <summary>
/// The designer as a process admin uses it: a user task from the palette, an approver picked from the real
/// organisation in 审批设置, a condition changed in the builder, 发布 — while a request started on the old version
/// keeps running there; and a model with an error is refused with its element marked on the diagram.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class DesignerPanelTests(EndToEnd e2e)
{
    private const string LeaveData = """{"leaveType":"personal","days":6,"startDate":"2026-12-08","startHalf":"am","endDate":"2026-12-15","endHalf":"pm","reason":"家中有事"}""";

    [Fact]
    public async Task Designer_AddsApproverTaskAndCondition_Publishes_OldInstanceStaysOnItsVersion()
    {
        // A copy of the shipped 请假 under a key of this test's own, so other tests' publishing cannot interfere.
        var key = await PublishLeaveCopyAsync();
        using var api = await SignedInApiAsync("zhangsan", "Demo@2026");
        var before = await StartLeaveAsync(api, key);
        const int oldVersion = 1, newVersion = 2;
        Assert.Equal(oldVersion, (await InstanceAsync(api, before)).GetProperty("version").GetInt32());

        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(page, "admin", HostProcess.AdminPassword);
        await page.GotoAsync($"/Designer/Process/{key}");
        await page.WaitForSelectorAsync(".djs-element[data-element-id=Task_HR]");

        // A user task from the palette, dropped below 人事备案; the flows are wired with the modeler's API (drag-connecting is pixel-fragile).
        await page.ClickAsync(".djs-palette .entry[data-action='create.user-task']");
        var hr = await page.Locator(".djs-element[data-element-id=Task_HR]").BoundingBoxAsync();
        await page.Mouse.ClickAsync(hr!.X + hr.Width / 2, hr.Y + hr.Height + 110);
        await page.EvaluateAsync<string>("""
            () => {
              const m = window.oaModeler, reg = m.get('elementRegistry'), modeling = m.get('modeling');
              const task = reg.filter(e => e.type === 'bpmn:UserTask' && !['Task_Head','Task_Leader','Task_HR'].includes(e.id))[0];
              modeling.updateLabel(task, '总经理审批');
              modeling.reconnectEnd(reg.get('Flow_HR'), task, { x: task.x + task.width / 2, y: task.y });
              modeling.connect(task, reg.get('Task_DeductLeave')); // the shipped model deducts the leave balance before it ends
              m.get('selection').select(task);
              return task.id;
            }
            """);

        // 审批设置: 指定成员 picked by searching the organisation.
        var panel = page.Locator("[data-testid=oa-approval]");
        await panel.Locator("[data-testid=approvers-add]").ClickAsync();
        await panel.Locator("[data-testid=rule-users] input").FillAsync("lisi");
        await page.Locator(".oa-options li", new() { HasText = "lisi" }).First.ClickAsync();
        await panel.Locator("[data-testid=rule-users] .oa-chip[data-id=lisi]", new() { HasText = "李四" }).WaitForAsync(); // the name, the id in the XML
        await panel.Locator("[data-testid=method]").SelectOptionAsync("any");
        await Browser.ScreenshotAsync(page, "designer-approval-settings");

        // 条件设置 on 超过3天: the builder shows both clauses of the shipped condition; 3 days becomes 5.
        await page.EvaluateAsync("() => window.oaModeler.get('selection').select(window.oaModeler.get('elementRegistry').get('Flow_Long'))");
        var builder = page.Locator("[data-testid=condition-builder]");
        await builder.Locator("[data-testid=clause-1] [data-testid=clause-value]").FillAsync("5");
        await builder.Locator("[data-testid=clause-1] [data-testid=clause-value]").PressAsync("Tab");
        await builder.Locator("[data-testid=condition-preview-verdict]").Filter(new() { HasText = "语法正确" }).WaitForAsync();
        Assert.Contains("days > 5", await builder.Locator("[data-testid=condition-preview]").InputValueAsync());
        await Browser.ScreenshotAsync(page, "designer-condition-builder");

        // 字段权限 of the start event: the applicant sees 工作交接人 read-only.
        await page.EvaluateAsync("() => window.oaModeler.get('selection').select(window.oaModeler.get('elementRegistry').get('Start_Leave'))");
        await page.GetByLabel("工作交接人 只读").CheckAsync();
        await Browser.ScreenshotAsync(page, "designer-field-permissions");

        await page.ClickAsync("button[value=publish]");
        await page.WaitForSelectorAsync("p.notice");
        Assert.Contains($"已发布 v{newVersion}", await page.InnerTextAsync("p.notice"));

        var exported = await (await page.APIRequest.GetAsync($"/Designer/Process/{key}?handler=Export&version={newVersion}")).TextAsync();
        Assert.Contains("<oa:approver type=\"user\" value=\"lisi\" />", exported);
        Assert.Contains("method=\"any\"", exported);
        Assert.Contains("days &gt; 5", exported);
        Assert.Contains("<oa:fieldPermission field=\"handover\" access=\"readonly\" />", exported);

        // The old request is still on its version; a new one starts on ours.
        var old = await InstanceAsync(api, before);
        Assert.Equal(oldVersion, old.GetProperty("version").GetInt32());
        Assert.Equal("running", old.GetProperty("status").GetString());
        Assert.Equal(newVersion, (await InstanceAsync(api, await StartLeaveAsync(api, key))).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Designer_ModelWithAnError_IsNotPublished_AndItsElementIsMarked()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(page, "admin", HostProcess.AdminPassword);
        await page.GotoAsync("/Designer/Process/Process_Overtime");
        await page.WaitForSelectorAsync(".djs-element[data-element-id]");
        var taskId = await page.EvaluateAsync<string>(
            "() => window.oaModeler.get('elementRegistry').filter(e => e.type === 'bpmn:UserTask')[0].id");
        await page.ClickAsync($".djs-element[data-element-id={taskId}]");
        // Removing every approver rule leaves an oa:approval the engine refuses.
        var rules = page.Locator("[data-testid=oa-approval] [data-testid=approvers] .oa-rule-head button");
        while (await rules.CountAsync() > 0) await rules.First.ClickAsync();
        await page.ClickAsync("button[value=publish]");
        await page.WaitForSelectorAsync(".ds-problems");
        await page.WaitForSelectorAsync($".djs-element.oa-problem[data-element-id={taskId}]");
        Assert.Contains("oa:approver", await page.InnerTextAsync($".ds-problems tr[data-element-id={taskId}]"));
        Assert.Equal(1, await page.Locator($".oa-problem-badge[data-problem-for={taskId}]").CountAsync());
        await Browser.ScreenshotAsync(page, "designer-problem-marked");

        // The refused edit was kept as a server-side draft: opening the designer again shows it; 丢弃草稿 returns to v1.
        await page.GotoAsync("/Designer/Process/Process_Overtime");
        await page.WaitForSelectorAsync(".ds-draft");
        await page.ClickAsync($".djs-element[data-element-id={taskId}]");
        await page.WaitForSelectorAsync("[data-testid=oa-approval]");
        Assert.Equal(0, await page.Locator("[data-testid=oa-approval] [data-testid=approvers] .oa-rule").CountAsync());
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.ClickAsync(".ds-draft button");
        await page.WaitForSelectorAsync(".djs-element[data-element-id]");
        Assert.Equal(0, await page.Locator(".ds-draft").CountAsync());
    }

    private async Task<HttpClient> SignedInApiAsync(string user, string password)
    {
        var http = new HttpClient { BaseAddress = new Uri(e2e.Host.BaseUrl) };
        var token = await (await http.PostAsJsonAsync("/api/auth/token", new { userName = user, password })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("token").GetString());
        return http;
    }

    private static async Task<JsonElement> InstanceAsync(HttpClient api, JsonElement started) =>
        await (await api.GetAsync($"/api/instances/{started.GetProperty("id").GetString()}")).Content.ReadFromJsonAsync<JsonElement>();

    private async Task<string> PublishLeaveCopyAsync()
    {
        var key = "E2E_Leave_" + Guid.NewGuid().ToString("N")[..8];
        var xml = File.ReadAllText(Path.Combine(HostProcess.RepositoryRoot, "Definitions", "Processes", "leave.bpmn"))
            .Replace("id=\"Process_Leave\"", $"id=\"{key}\"").Replace("bpmnElement=\"Process_Leave\"", $"bpmnElement=\"{key}\"");
        using var admin = await SignedInApiAsync("admin", HostProcess.AdminPassword);
        var response = await admin.PostAsync("/api/definitions", new MultipartFormDataContent { { new StringContent(xml), "files", key + ".bpmn" } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return key;
    }

    private static async Task<JsonElement> StartLeaveAsync(HttpClient api, string key)
    {
        var response = await api.PostAsJsonAsync($"/api/processes/{key}/instances", new { variables = JsonDocument.Parse(LeaveData).RootElement });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement;
    }
}
