using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Tasks;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Workbench;

/// <summary>The progress diagram's click-a-node task lists, and the title following the form on 重新提交.</summary>
public sealed class NodeTasksAndRetitleTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task InstancePage_ListsEachNodesTasks_WithWhoStatusOutcomeAndComment()
    {
        var key = await PublishWithDiagramAsync();
        var id = await ReturnFixture.StartAsync(factory, key);
        Assert.Equal(HttpStatusCode.OK, (await ReturnFixture.ActAsync(factory, "wanglei", id, "approve", new { comment = "同意，节点面板" })).StatusCode);

        var page = await (await WorkbenchBrowser.SignInAsync(factory, "zhangsan")).PageAsync($"/Workbench/Instance/{id}");
        var head = Regex.Match(page, "<section data-node-tasks=\"Task_Head\"[\\s\\S]*?</section>").Value;
        Assert.Contains("<h3>部门负责人审批</h3>", head);
        Assert.Contains("王磊", head);
        Assert.Contains("已同意", head);
        Assert.Contains("同意，节点面板", head);
        Assert.Contains("完成于", head);
        var hr = Regex.Match(page, "<section data-node-tasks=\"Task_Hr\"[\\s\\S]*?</section>").Value;
        Assert.Contains("待处理", hr);
        Assert.Contains("吴静", hr); // offered to the 人事 role, so it lists its people
        Assert.DoesNotContain("完成于", hr);
    }

    [Fact]
    public async Task InstancePage_ForSomeoneWhoMayNotSeeTheRequest_Is404_SoNoTaskListLeaks()
    {
        var key = await ReturnFixture.PublishAsync(factory);
        var id = await ReturnFixture.StartAsync(factory, key);
        var outsider = await WorkbenchBrowser.SignInAsync(factory, "zhaoliu");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Workbench/Instance/{id}")).StatusCode);
    }

    [Fact]
    public async Task Resubmit_WithChangedDays_RerendersTheTitle_AndTheHistoryKeepsTheOldOne()
    {
        var key = await InitiatorSelectFixture.PublishAsync(factory);
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var started = await zhangsan.PostAsJsonAsync($"/api/processes/{key}/instances",
            new { variables = new Dictionary<string, object> { ["leaveType"] = "annual", ["days"] = 3, ["reason"] = "三天", ["Task_Pick_approvers"] = new[] { "lisi" } } });
        var id = (await started.JsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal("张三的自选测试（3天）", (await InstanceAsync(zhangsan, id)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await ReturnFixture.ActAsync(factory, "wanglei", id, "return", new { targetElementId = "initiator", comment = "改成两天" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await ReturnFixture.ActAsync(factory, "zhangsan", id, "resubmit", new { variables = new { days = 2 } })).StatusCode);

        var instance = await InstanceAsync(zhangsan, id);
        Assert.Equal("张三的自选测试（2天）", instance.GetProperty("title").GetString());
        var changed = instance.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("type").GetString() == "TitleChanged");
        Assert.Equal("张三的自选测试（3天）", System.Text.Json.JsonDocument.Parse(changed.GetProperty("data").GetString()!).RootElement.GetProperty("from").GetString());
        // The inbox reads the title from the task rows: the head's new task and their earlier one both say 2 days.
        var head = await factory.ClientAsAsync("wanglei");
        var todo = await (await head.GetAsync("/api/tasks?box=todo")).JsonAsync();
        Assert.Contains(todo.GetProperty("items").EnumerateArray(), i => i.GetProperty("instanceId").GetString() == id && i.GetProperty("title").GetString() == "张三的自选测试（2天）");
        // The head's notice of the resubmitted request names it by its new title too.
        var notices = await (await head.GetAsync("/api/notifications")).JsonAsync();
        var latest = notices.GetProperty("items").EnumerateArray().Where(n => n.GetProperty("instanceId").GetString() == id).MaxBy(n => n.GetProperty("id").GetInt64());
        Assert.Contains("2天", latest.GetProperty("title").GetString() + latest.GetProperty("body").GetString());
        Assert.DoesNotContain("3天", latest.GetProperty("title").GetString() + latest.GetProperty("body").GetString());
        var page = await (await WorkbenchBrowser.SignInAsync(factory, "zhangsan")).PageAsync($"/Workbench/Instance/{id}");
        Assert.Contains("标题已更新", page);
        Assert.True(page.Contains("原标题：张三的自选测试（3天）"), page[page.IndexOf("标题已更新")..][..600]);
    }

    [Fact]
    public async Task Resubmit_TitleNamingAFieldHiddenAtTheStart_TakesItsStoredValue_InTheNoticeAndTheRows()
    {
        // hrNote is hidden from the applicant at the start; the head fills it in. The title is made of it and of days.
        var key = ApiClient.Unique("wbtitle");
        var xml = ReturnFixture.Bpmn(key, "rerun")
            .Replace("<oa:process returnBehaviour=\"rerun\" />", "<oa:process returnBehaviour=\"rerun\" titleTemplate=\"{{days}}天·{{hrNote}}\" />")
            .Replace("<oa:approver type=\"deptHead\" />", "<oa:approver type=\"deptHead\" /><oa:fieldPermission field=\"hrNote\" access=\"editable\" />");
        var upload = new MultipartFormDataContent
        {
            { new StringContent(xml), "files", $"{key}.bpmn" },
            { new StringContent(Fixtures.Read("host_leave_form.form")), "files", "host_leave_form.form" },
        };
        var published = await (await factory.ClientAsAsync("admin")).PostAsync("/api/definitions", upload);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        var id = await ReturnFixture.StartAsync(factory, key);
        Assert.Equal(HttpStatusCode.OK, (await ReturnFixture.ActAsync(factory, "wanglei", id, "approve", new { variables = new { hrNote = "补病历" } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReturnFixture.ActAsync(factory, "wujing", id, "return", new { targetElementId = "initiator", comment = "改天数" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await ReturnFixture.ActAsync(factory, "zhangsan", id, "resubmit", new { variables = new { days = 2 } })).StatusCode);

        const string expected = "2天·补病历";
        Assert.Equal(expected, (await InstanceAsync(await factory.ClientAsAsync("admin"), id)).GetProperty("title").GetString());
        var head = await factory.ClientAsAsync("wanglei");
        var todo = await (await head.GetAsync("/api/tasks?box=todo")).JsonAsync();
        Assert.Contains(todo.GetProperty("items").EnumerateArray(), i => i.GetProperty("instanceId").GetString() == id && i.GetProperty("title").GetString() == expected);
        var notices = await (await head.GetAsync("/api/notifications")).JsonAsync();
        var latest = notices.GetProperty("items").EnumerateArray().Where(n => n.GetProperty("instanceId").GetString() == id).MaxBy(n => n.GetProperty("id").GetInt64());
        Assert.Contains(expected, latest.GetProperty("title").GetString() + latest.GetProperty("body").GetString());
    }

    /// <summary>ReturnFixture's process with diagram shapes, so the instance page draws it (and its node panel).</summary>
    private async Task<string> PublishWithDiagramAsync()
    {
        var key = ApiClient.Unique("wbnode");
        var shapes = string.Join("", new[] { "Start", "Task_Head", "Task_Hr", "End" }.Select((e, i) =>
            $"<di:BPMNShape id=\"{e}_di\" bpmnElement=\"{e}\"><dc:Bounds x=\"{100 + i * 160}\" y=\"100\" width=\"100\" height=\"80\" /></di:BPMNShape>"));
        var diagram = $"""
            <di:BPMNDiagram xmlns:di="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Diagram">
              <di:BPMNPlane id="Plane" bpmnElement="{key}">{shapes}</di:BPMNPlane>
            </di:BPMNDiagram>
            """;
        var xml = ReturnFixture.Bpmn(key, "rerun").Replace("</bpmn:definitions>", diagram + "</bpmn:definitions>");
        var upload = new MultipartFormDataContent
        {
            { new StringContent(xml), "files", $"{key}.bpmn" },
            { new StringContent(Fixtures.Read("host_leave_form.form")), "files", "host_leave_form.form" },
        };
        var response = await (await factory.ClientAsAsync("admin")).PostAsync("/api/definitions", upload);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return key;
    }

    private static async Task<System.Text.Json.JsonElement> InstanceAsync(HttpClient client, string id) => await (await client.GetAsync($"/api/instances/{id}")).JsonAsync();
}
