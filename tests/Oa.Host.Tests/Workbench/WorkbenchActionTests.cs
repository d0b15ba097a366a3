using System.Net;
using System.Text.RegularExpressions;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Workbench;

/// <summary>The other paths through the workbench: a process without a form, a generic (提交) task, 转办.</summary>
public sealed class WorkbenchActionTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private const string NoFormBpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:oa="http://oa.dev/schema/bpmn/oa" id="Defs_WbNoForm" targetNamespace="http://oa.dev/tests">
          <bpmn:process id="wb_noform" name="工作台无表单" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Confirm" />
            <bpmn:userTask id="Task_Confirm" name="负责人确认">
              <bpmn:extensionElements><oa:approval><oa:approver type="deptHead" /></oa:approval></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="F2" sourceRef="Task_Confirm" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task ProcessWithoutForm_ShowsConfirm_AndStartsOnSubmit()
    {
        var admin = await factory.ClientAsAsync("admin");
        var upload = new MultipartFormDataContent { { new StringContent(NoFormBpmn), "files", "wb_noform.bpmn" } };
        var published = await admin.PostAsync("/api/definitions", upload);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());

        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var page = await zhangsan.PageAsync("/Workbench/Apply/wb_noform");
        Assert.Contains("此流程无需填写表单", page);
        Assert.DoesNotContain("data-form-viewer", page);
        var id = WorkbenchBrowser.InstanceIdFrom(await zhangsan.PostFormAsync("/Workbench/Apply/wb_noform", "/Workbench/Apply/wb_noform"));
        var html = await zhangsan.PageAsync($"/Workbench/Instance/{id}");
        Assert.Contains("张三的工作台无表单", html);
        Assert.Contains("负责人确认：王磊", html);
    }

    [Fact]
    public async Task GenericGroupTask_OffersOnlySubmit_AndCompletesTheRequest()
    {
        await factory.PublishLeaveAsync();
        var id = await ApplyAsync("归档测试");
        var head = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        await ActAsync(head, id, "approve");

        var hr = await WorkbenchBrowser.SignInAsync(factory, "wujing");
        var todo = await hr.PageAsync("/Workbench/Inbox?box=todo");
        Assert.Contains($"/Workbench/Instance/{id}?task=", todo);
        var page = await hr.PageAsync($"/Workbench/Instance/{id}");
        Assert.Contains("value=\"complete\"", page);
        Assert.DoesNotContain("value=\"approve\"", page);
        var done = await ActAsync(hr, id, "complete");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var html = await hr.PageAsync($"/Workbench/Instance/{id}");
        Assert.Contains("wb-status-completed", html);
        Assert.Contains("已提交", html); // the timeline's word for a generic task
    }

    [Fact]
    public async Task Transfer_ThroughThePage_MovesTheTaskToTheNamedUser()
    {
        await factory.PublishLeaveAsync();
        var id = await ApplyAsync("转办测试");
        var head = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        var unknown = await ActAsync(head, id, "transfer", ("transferTo", "nobody-x"));
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("不存在或已停用", await unknown.Content.ReadAsStringAsync());

        var moved = await ActAsync(head, id, "transfer", ("transferTo", "lisi"), ("comment", "出差，请代批"));
        Assert.Equal("/Workbench/Inbox?box=todo&done=transfer", moved.Headers.Location!.OriginalString);
        var lisi = await WorkbenchBrowser.SignInAsync(factory, "lisi");
        Assert.Contains($"/Workbench/Instance/{id}?task=", await lisi.PageAsync("/Workbench/Inbox?box=todo"));
        var html = await lisi.PageAsync($"/Workbench/Instance/{id}");
        Assert.Contains("转办", html); // the timeline records the transfer
        Assert.Contains("value=\"approve\"", html);
    }

    private async Task<string> ApplyAsync(string reason)
    {
        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var response = await zhangsan.PostFormAsync("/Workbench/Apply/host_leave", "/Workbench/Apply/host_leave",
            ("formData", WorkbenchBrowser.Json(new { leaveType = "annual", days = 1, reason })));
        return WorkbenchBrowser.InstanceIdFrom(response);
    }

    private static async Task<HttpResponseMessage> ActAsync(WorkbenchBrowser user, string id, string action, params (string, string)[] extra)
    {
        var page = await user.PageAsync($"/Workbench/Instance/{id}");
        var taskId = Regex.Match(page, "name=\"taskId\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(taskId), "the user has an action bar");
        return await user.PostFormAsync($"/Workbench/Instance/{id}", $"/Workbench/Instance/{id}?handler=Act", [("taskId", taskId), ("action", action), .. extra]);
    }
}
