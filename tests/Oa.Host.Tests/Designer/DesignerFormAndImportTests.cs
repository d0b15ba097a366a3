using System.Net;
using System.Text.Json.Nodes;
using Oa.Host.Features.Designer;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Designer;

/// <summary>Form publishing, 导入 and 新建流程 through the designer pages, and the layout given to models without a diagram.</summary>
public sealed class DesignerFormAndImportTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task FormPublish_CreatesNextVersion_WithThePagesFormId_AndExports()
    {
        var formId = ApiClient.Unique("f_");
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        var schema = JsonNode.Parse(Fixtures.Read("host_leave_form.form"))!;
        schema["id"] = "something_else"; // the editor's own id must not win
        Assert.Equal(1, DesignerClient.PublishedVersion(await admin.PostAsync("/Designer", $"/Designer/Form/{formId}", ("schema", schema.ToJsonString()))));
        schema["components"]![2]!["label"] = "请假事由";
        Assert.Equal(2, DesignerClient.PublishedVersion(await admin.PostAsync("/Designer", $"/Designer/Form/{formId}", ("schema", schema.ToJsonString()))));

        var export = await admin.GetAsync($"/Designer/Form/{formId}?handler=Export");
        Assert.Equal($"{formId}.form", export.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var exported = JsonNode.Parse(await export.Content.ReadAsStringAsync())!;
        Assert.Equal(formId, (string?)exported["id"]);
        Assert.Equal("请假事由", (string?)exported["components"]![2]!["label"]);
        Assert.Contains("请假事由", await admin.PageAsync($"/Designer/Form/{formId}"));
    }

    [Fact]
    public async Task FormPublish_InvalidComponent_IsRefusedWithItsId_AndKeepsTheSchema()
    {
        var formId = ApiClient.Unique("fbad_");
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        var schema = $$"""{"type":"default","components":[{"type":"textfield","id":"Field_bad","key":"note","label":"备注","conditional":5}]}""";
        var response = await admin.PostAsync("/Designer", $"/Designer/Form/{formId}", ("schema", schema));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<code>Field_bad</code>", html);
        Assert.Contains("（备注）", html);
        Assert.Contains("\"Field_bad\"", html); // the schema goes back to the editor
        Assert.Equal(0, DesignerClient.Query(factory, db => db.FormDefinitions.Count(f => f.FormId == formId)));
    }

    [Fact]
    public async Task Import_PublishesFiles_AndShowsProblemsPerFileAndElement()
    {
        await factory.PublishLeaveAsync();
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        var good = ApiClient.Unique("imp_");
        var ok = await admin.UploadAsync("/Designer", "/Designer?handler=Import", ($"{good}.bpmn", DesignerModels.Leave(good, "导入的流程")));
        var okHtml = await ok.Content.ReadAsStringAsync();
        Assert.Contains("导入完成", okHtml);
        Assert.Contains($"{good} v1", okHtml);

        var bad = ApiClient.Unique("impbad_");
        var refused = await (await admin.UploadAsync("/Designer", "/Designer?handler=Import", ($"{bad}.bpmn", DesignerModels.WithScriptTask(bad)))).Content.ReadAsStringAsync();
        Assert.Contains($"{bad}.bpmn", refused);
        Assert.Contains("<code>Script_Calc</code>", refused);
        Assert.Equal(0, DesignerClient.Query(factory, db => db.ProcessDefinitions.Count(p => p.Key == bad)));
    }

    [Fact]
    public async Task NewProcess_OpensTheTemplate_WhichPublishes()
    {
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        var key = ApiClient.Unique("new_");
        var redirect = await admin.PostAsync("/Designer", "/Designer?handler=New", ("key", key), ("name", "用印申请"), ("category", "行政"));
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var page = await admin.PageAsync(redirect.Headers.Location!.OriginalString);
        Assert.Contains("部门负责人审批", page);
        Assert.Contains("oa:approver type=\"deptHead\"", page);
        var published = await admin.PostAsync("/Designer", $"/Designer/Process/{key}", ("action", "publish"), ("bpmnXml", ProcessTemplate.For(key, "用印申请", "行政")));
        Assert.Equal(1, DesignerClient.PublishedVersion(published));
        Assert.Equal("行政", DesignerClient.Query(factory, db => db.ProcessDefinitions.Single(p => p.Key == key).Category));
        var again = await admin.PostAsync("/Designer", "/Designer?handler=New", ("key", key), ("name", "重复"));
        Assert.Contains("已存在", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public void ModelWithoutDiagram_GetsALayout_AndLosesItsComments()
    {
        var xml = DesignerXml.ForIsland(Fixtures.Read("hostleave.bpmn"))!;
        Assert.DoesNotContain("<!--", xml);
        foreach (var id in new[] { "Start", "Task_Head", "Gateway_Days", "Task_Hr", "End_Rejected" })
            Assert.Contains($"bpmnElement=\"{id}\"", xml);
        Assert.Contains("bpmnElement=\"F_Long\"", xml); // edges too
    }
}
