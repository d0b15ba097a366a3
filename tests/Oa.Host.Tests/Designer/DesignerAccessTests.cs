using System.Net;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Designer;

/// <summary>Who reaches 流程管理: employees are refused on every page and post; process admins see the list.</summary>
public sealed class DesignerAccessTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task Employee_IsRefused_OnEveryDesignerPageAndPost()
    {
        await factory.PublishLeaveAsync();
        var zhangsan = await DesignerClient.SignInAsync(factory, "zhangsan");
        foreach (var path in new[] { "/Designer", "/Designer/Process/host_leave", "/Designer/Process/host_leave/v/1", "/Designer/Process/host_leave?handler=Export",
                     "/Designer/Form/host_leave_form", "/Designer/Form/host_leave_form?handler=Export", "/Designer/Process/new_one?name=x" })
            await zhangsan.AssertDeniedAsync(await zhangsan.GetAsync(path), "GET " + path);

        var posts = new (string Action, (string, string)[] Fields)[]
        {
            ("/Designer?handler=New", [("key", "sneaky"), ("name", "偷偷")]),
            ("/Designer?handler=NewForm", [("formId", "sneaky_form")]),
            ("/Designer/Process/host_leave", [("action", "publish"), ("bpmnXml", DesignerModels.Leave("host_leave", "改了"))]),
            ("/Designer/Process/host_leave?handler=Rollback", [("version", "1")]),
            ("/Designer/Form/host_leave_form", [("schema", Fixtures.Read("host_leave_form.form"))]),
        };
        foreach (var (action, fields) in posts)
            await zhangsan.AssertDeniedAsync(await zhangsan.PostAsync("/", action, fields), "POST " + action);
        var import = await zhangsan.UploadAsync("/", "/Designer?handler=Import", ("hostleave.bpmn", DesignerModels.Leave("host_leave", "改了")));
        await zhangsan.AssertDeniedAsync(import, "POST import");
        Assert.Equal(1, DesignerClient.Query(factory, db => db.ProcessDefinitions.Count(p => p.Key == "host_leave")));
    }

    [Fact]
    public async Task Employee_DoesNotSeeTheNavEntry_AdminDoes()
    {
        var zhangsan = await DesignerClient.SignInAsync(factory, "zhangsan");
        Assert.DoesNotContain("href=\"/Designer\"", await zhangsan.PageAsync("/"));
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        Assert.Contains("href=\"/Designer\"", await admin.PageAsync("/"));
    }

    [Fact]
    public async Task ProcessAdmin_ListsProcessesAndForms()
    {
        await factory.PublishLeaveAsync();
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        var html = await admin.PageAsync("/Designer");
        Assert.Contains("流程管理", html);
        Assert.Contains("测试请假", html);
        Assert.Contains("href=\"/Designer/Process/host_leave\"", html);
        Assert.Contains("href=\"/Designer/Form/host_leave_form\"", html);
        Assert.Contains("考勤", html); // the category
    }

    [Fact]
    public async Task UnknownProcess_WithoutNewName_Is404()
    {
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Designer/Process/no_such_process")).StatusCode);
    }
}
