using System.Net.Http.Json;
using System.Text.Json;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Tasks;

/// <summary>
/// A request for the return/resubmit/withdraw/signer tests: applicant zhangsan → head wanglei (may return, add and remove
/// signers) → HR (人事, wujing; may return) → approved. hrNote is hidden from the applicant at the start.
/// </summary>
public static class ReturnFixture
{
    public static string Bpmn(string key, string returnBehaviour) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                          xmlns:oa="http://oa.dev/schema/bpmn/oa" id="Defs_{key}" targetNamespace="http://oa.dev/tests">
          <bpmn:process id="{key}" name="退回测试" isExecutable="true">
            <bpmn:extensionElements><oa:process returnBehaviour="{returnBehaviour}" /></bpmn:extensionElements>
            <bpmn:startEvent id="Start" name="提交申请">
              <bpmn:extensionElements>
                <zeebe:formDefinition formId="host_leave_form" />
                <oa:fieldPermission field="hrNote" access="hidden" />
              </bpmn:extensionElements>
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Head" />
            <bpmn:userTask id="Task_Head" name="部门负责人审批">
              <bpmn:extensionElements>
                <oa:approval actions="approve,reject,return,addSigner,removeSigner"><oa:approver type="deptHead" /></oa:approval>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="F2" sourceRef="Task_Head" targetRef="Task_Hr" />
            <bpmn:userTask id="Task_Hr" name="人事审核">
              <bpmn:extensionElements>
                <oa:approval method="any" actions="approve,return"><oa:approver type="role" value="人事" /></oa:approval>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="F3" sourceRef="Task_Hr" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static async Task<string> PublishAsync(OaFactory factory, string returnBehaviour = "rerun")
    {
        var key = ApiClient.Unique("wbret");
        var admin = await factory.ClientAsAsync("admin");
        var upload = new MultipartFormDataContent
        {
            { new StringContent(Bpmn(key, returnBehaviour)), "files", $"{key}.bpmn" },
            { new StringContent(Fixtures.Read("host_leave_form.form")), "files", "host_leave_form.form" },
        };
        var response = await admin.PostAsync("/api/definitions", upload);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return key;
    }

    public static async Task<string> StartAsync(OaFactory factory, string key, string reason = "回家探亲")
    {
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var response = await zhangsan.PostAsJsonAsync($"/api/processes/{key}/instances", new { variables = new { leaveType = "annual", days = 1, reason } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>Acts on the user's open task of the instance (which must exist) and asserts the status code.</summary>
    public static async Task<HttpResponseMessage> ActAsync(OaFactory factory, string user, string id, string action, object? body = null)
    {
        var client = await factory.ClientAsAsync(user);
        var task = await client.TodoTaskAsync(id);
        Assert.True(task is not null, $"{user} has no task in {id}");
        return await client.ActAsync(task!, action, body);
    }

    public static async Task<List<JsonElement>> HistoryAsync(OaFactory factory, string id) =>
        (await (await (await factory.ClientAsAsync("admin")).GetAsync($"/api/instances/{id}")).JsonAsync()).GetProperty("history").EnumerateArray().ToList();
}
