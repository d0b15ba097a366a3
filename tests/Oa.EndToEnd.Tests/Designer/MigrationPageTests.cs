using System.Net.Http.Json;
using System.Text.Json;

namespace Oa.EndToEnd.Tests.Designer;

/// <summary>实例迁移 in the browser: v2 renames the approval step; the dry run shows it blocked until mapped, then the run moves the request.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class MigrationPageTests(EndToEnd e2e)
{
    private static string Bpmn(string key, string taskId) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                          xmlns:oa="http://oa.dev/schema/bpmn/oa" id="Defs_{key}" targetNamespace="http://oa.dev/e2e">
          <bpmn:process id="{key}" name="迁移测试{key[^4..]}" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:extensionElements><zeebe:formDefinition formId="{key}_form" /></bpmn:extensionElements></bpmn:startEvent>
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="{taskId}" />
            <bpmn:userTask id="{taskId}" name="审批">
              <bpmn:extensionElements><oa:approval><oa:approver type="user" value="lisi" /></oa:approval></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="F2" sourceRef="{taskId}" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private static string Form(string key) =>
        $$"""{ "type": "default", "id": "{{key}}_form", "schemaVersion": 16, "components": [ { "type": "textfield", "id": "Field_note", "key": "note", "label": "说明" } ] }""";

    [Fact]
    public async Task Admin_DryRunShowsTheBlocker_MapsTheRenamedTask_AndMigratesTheRequest()
    {
        var key = "e2e_mig_" + Guid.NewGuid().ToString("N")[..6];
        using var api = new HttpClient { BaseAddress = new Uri(e2e.Host.BaseUrl) };
        var token = await (await api.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = HostProcess.AdminPassword })).Content.ReadFromJsonAsync<JsonElement>();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("token").GetString());
        async Task PublishAsync(string taskId)
        {
            var files = new MultipartFormDataContent { { new StringContent(Bpmn(key, taskId)), "files", key + ".bpmn" }, { new StringContent(Form(key)), "files", key + ".form" } };
            var published = await api.PostAsync("/api/definitions", files);
            Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        }
        await PublishAsync("Task_Approve");
        var started = await api.PostAsJsonAsync($"/api/processes/{key}/instances", new { variables = new { note = "迁移前发起" } });
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await PublishAsync("Task_Review");

        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(page, "admin", HostProcess.AdminPassword);
        await page.GotoAsync("/Admin/Instances");
        await page.ClickAsync("a[href='/Admin/Instances/Migrate']");
        await page.SelectOptionAsync("#mg-pick select[name=processKey]", key);
        await page.ClickAsync("#mg-pick button[type=submit]");
        await page.WaitForSelectorAsync("#mg-pick select[name=source] option[value='2']", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await page.SelectOptionAsync("#mg-pick select[name=source]", "1");
        await page.SelectOptionAsync("#mg-pick select[name=target]", "2");
        await page.ClickAsync("#mg-pick button[type=submit]");

        // Not mapped: the renamed task blocks, and the dry run changes nothing.
        await page.ClickAsync("#mg-map button[formaction*='handler=DryRun']");
        await page.WaitForSelectorAsync($"#mg-report tr[data-instance='{id}'][data-result=blocked]");
        Assert.Contains("Task_Approve", await page.InnerTextAsync($"#mg-report tr[data-instance='{id}']"));

        await page.SelectOptionAsync("#mg-map select[name='map[Task_Approve]']", "Task_Review");
        await page.ClickAsync("#mg-map button[formaction*='handler=DryRun']");
        await page.WaitForSelectorAsync($"#mg-report[data-dry-run=true] tr[data-instance='{id}'][data-result=ok]");
        await Browser.ScreenshotAsync(page, "migration-dry-run");

        await page.FillAsync("#mg-map input[name=reason]", "审批节点改名");
        await page.ClickAsync("#mg-map button[formaction*='handler=Execute']");
        await page.WaitForSelectorAsync($"#mg-report[data-dry-run=false] tr[data-instance='{id}'][data-result=migrated]");
        await Browser.ScreenshotAsync(page, "migration-executed");

        await page.ClickAsync($"#mg-report tr[data-instance='{id}'] a");
        await page.WaitForSelectorAsync("tr[data-history=InstanceMigrated]");
        Assert.Contains("v2", await page.InnerTextAsync(".ds-head"));
        Assert.Contains("审批节点改名", await page.InnerTextAsync("tr[data-history=InstanceMigrated]"));
    }
}
