using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Designer;

/// <summary>校验, 发布, roll back and export through the process designer page; each test uses a process key of its own.</summary>
public sealed partial class DesignerPublishTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task Publish_EditedXml_CreatesNextVersion_NewInstancesUseIt_OldInstanceKeepsItsVersion()
    {
        await factory.PublishLeaveAsync();
        var key = ApiClient.Unique("dl_");
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        Assert.Equal(1, await PublishAsync(admin, key, DesignerModels.Leave(key)));
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var before = await StartAsync(zhangsan, key);

        Assert.Equal(2, await PublishAsync(admin, key, DesignerModels.Leave(key, "请假（新版）")));
        var after = await StartAsync(zhangsan, key);

        Assert.Equal(1, DesignerClient.Query(factory, db => db.ProcessInstances.Single(i => i.Id == before).DefinitionVersion));
        Assert.Equal(2, DesignerClient.Query(factory, db => db.ProcessInstances.Single(i => i.Id == after).DefinitionVersion));
        var page = await admin.PageAsync($"/Designer/Process/{key}");
        Assert.Contains("请假（新版）", page);
        Assert.Contains("v2", page);
    }

    [Fact]
    public async Task Publish_SameXmlAgain_CreatesNoVersion()
    {
        await factory.PublishLeaveAsync();
        var key = ApiClient.Unique("same_");
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        Assert.Equal(1, await PublishAsync(admin, key, DesignerModels.Leave(key)));
        var again = await admin.PostAsync("/Designer", $"/Designer/Process/{key}", ("action", "publish"), ("bpmnXml", DesignerModels.Leave(key)));
        Assert.Contains("unchanged=true", again.Headers.Location!.OriginalString);
        Assert.Equal(1, DesignerClient.Query(factory, db => db.ProcessDefinitions.Count(p => p.Key == key)));
    }

    [Fact]
    public async Task Publish_ScriptTask_IsRefused_ShowsElementId_KeepsTheXml()
    {
        var key = ApiClient.Unique("scr_");
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        var response = await admin.PostAsync("/Designer", $"/Designer/Process/{key}", ("action", "publish"), ("bpmnXml", DesignerModels.WithScriptTask(key)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("未发布", html);
        Assert.Matches(ProblemRow("Script_Calc"), html);
        Assert.Contains("（计算金额）", html); // the element's name next to its id
        Assert.Contains("bpmn:scriptTask id=\"Script_Calc\"", XmlScript().Match(html).Groups[1].Value); // the modeler gets the edited XML back
        Assert.Contains("[\"Script_Calc\"]", html); // ids for the island to mark
        Assert.Equal(0, DesignerClient.Query(factory, db => db.ProcessDefinitions.Count(p => p.Key == key)));
    }

    [Fact]
    public async Task Validate_ShowsProblemsWithoutPublishing_AndPassesAGoodModel()
    {
        var key = ApiClient.Unique("val_");
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        var bad = await (await admin.PostAsync("/Designer", $"/Designer/Process/{key}", ("action", "validate"), ("bpmnXml", DesignerModels.WithScriptTask(key)))).Content.ReadAsStringAsync();
        Assert.Matches(ProblemRow("Script_Calc"), bad);
        var good = await (await admin.PostAsync("/Designer", $"/Designer/Process/{key}", ("action", "validate"), ("bpmnXml", Oa.Host.Features.Designer.ProcessTemplate.For(key, "模板", "行政")))).Content.ReadAsStringAsync();
        Assert.Contains("校验通过", good);
        Assert.Equal(0, DesignerClient.Query(factory, db => db.ProcessDefinitions.Count(p => p.Key == key)));
    }

    [Fact]
    public async Task Rollback_PublishesTheOldXmlAsANewVersion()
    {
        await factory.PublishLeaveAsync();
        var key = ApiClient.Unique("rb_");
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        await PublishAsync(admin, key, DesignerModels.Leave(key, "第一版"));
        await PublishAsync(admin, key, DesignerModels.Leave(key, "第二版"));
        var response = await admin.PostAsync($"/Designer/Process/{key}", $"/Designer/Process/{key}?handler=Rollback", ("version", "1"));
        Assert.Equal(3, DesignerClient.PublishedVersion(response));
        var (v1, v3) = DesignerClient.Query(factory, db => (db.ProcessDefinitions.Single(p => p.Key == key && p.Version == 1), db.ProcessDefinitions.Single(p => p.Key == key && p.Version == 3)));
        Assert.Equal(v1.BpmnXml, v3.BpmnXml);
        Assert.Equal("第一版", v3.Name);
    }

    [Fact]
    public async Task Export_ReturnsTheLatestFile_AndAGivenVersion()
    {
        await factory.PublishLeaveAsync();
        var key = ApiClient.Unique("ex_");
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        await PublishAsync(admin, key, DesignerModels.Leave(key, "导出一"));
        await PublishAsync(admin, key, DesignerModels.Leave(key, "导出二"));
        var latest = await admin.GetAsync($"/Designer/Process/{key}?handler=Export");
        Assert.Equal(HttpStatusCode.OK, latest.StatusCode);
        Assert.Equal($"{key}.bpmn", latest.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Contains("name=\"导出二\"", await latest.Content.ReadAsStringAsync());
        Assert.Contains("name=\"导出一\"", await (await admin.GetAsync($"/Designer/Process/{key}?handler=Export&version=1")).Content.ReadAsStringAsync());
        var view = await admin.PageAsync($"/Designer/Process/{key}/v/1");
        Assert.Contains("导出一", view);
        Assert.Contains("data-bpmn-viewer", view);
    }

    private static async Task<int> PublishAsync(DesignerClient admin, string key, string xml) =>
        DesignerClient.PublishedVersion(await admin.PostAsync("/Designer", $"/Designer/Process/{key}", ("action", "publish"), ("bpmnXml", xml)));

    private static async Task<string> StartAsync(HttpClient client, string key)
    {
        var response = await client.PostAsJsonAsync($"/api/processes/{key}/instances", new { variables = new { leaveType = "annual", days = 1, reason = "设计器测试" } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    private static Regex ProblemRow(string elementId) => new($"<tr data-element-id=\"{elementId}\">[\\s\\S]*?<code>{elementId}</code>");

    [GeneratedRegex("<script type=\"application/xml\" id=\"ds-xml\">([\\s\\S]*?)</script>")]
    private static partial Regex XmlScript();
}
