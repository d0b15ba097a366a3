using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Workbench;

/// <summary>
/// A process whose second step's approvers the applicant picks (发起人自选): zhangsan → head wanglei → 项目评审 (chosen at
/// the start, variable Task_Pick_approvers) → end. The title template repeats the days, for the resubmission tests.
/// </summary>
public static class InitiatorSelectFixture
{
    public static string Bpmn(string key) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                          xmlns:oa="http://oa.dev/schema/bpmn/oa" id="Defs_{key}" targetNamespace="http://oa.dev/tests">
          <bpmn:process id="{key}" name="自选测试" isExecutable="true">
            <bpmn:extensionElements><oa:process titleTemplate="{"{{"}initiator.displayName{"}}"}的自选测试（{"{{"}days{"}}"}天）" /></bpmn:extensionElements>
            <bpmn:startEvent id="Start" name="提交申请">
              <bpmn:extensionElements><zeebe:formDefinition formId="host_leave_form" /></bpmn:extensionElements>
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Head" />
            <bpmn:userTask id="Task_Head" name="部门负责人审批">
              <bpmn:extensionElements>
                <oa:approval actions="approve,reject,return"><oa:approver type="deptHead" /></oa:approval>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="F2" sourceRef="Task_Head" targetRef="Task_Pick" />
            <bpmn:userTask id="Task_Pick" name="项目评审">
              <bpmn:extensionElements>
                <oa:approval method="any" actions="approve,reject"><oa:approver type="initiatorSelect" /></oa:approval>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="F3" sourceRef="Task_Pick" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static async Task<string> PublishAsync(OaFactory factory)
    {
        var key = ApiClient.Unique("wbpick");
        var admin = await factory.ClientAsAsync("admin");
        var upload = new MultipartFormDataContent
        {
            { new StringContent(Bpmn(key)), "files", $"{key}.bpmn" },
            { new StringContent(Fixtures.Read("host_leave_form.form")), "files", "host_leave_form.form" },
        };
        var response = await admin.PostAsync("/api/definitions", upload);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return key;
    }
}
