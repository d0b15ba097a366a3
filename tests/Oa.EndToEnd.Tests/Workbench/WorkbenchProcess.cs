namespace Oa.EndToEnd.Tests.Workbench;

/// <summary>
/// A small approval of its own per test, so tests sharing the host never meet each other's tasks: applicant → 部门负责人
/// (deptHead; may approve, reject, return, transfer; the 薪资说明 field is hidden from it) → 人事审核 (role 人事) → end.
/// With diagram shapes, so the instance page draws the progress diagram.
/// </summary>
public static class WorkbenchProcess
{
    public static async Task<string> PublishAsync(EndToEnd e2e, string prefix, string headApprover = """<oa:approver type="deptHead" />""")
    {
        var key = prefix + Guid.NewGuid().ToString("N")[..8];
        using var admin = await WorkbenchApi.AdminAsync(e2e);
        await admin.PublishAsync(key, Bpmn(key, headApprover), $"{key}_form", Form(key));
        return key;
    }

    public static object Values(string reason, int days = 1, string secret = "") => new { reason, days, secret };

    private static string Form(string key) => $$"""
        { "type": "default", "id": "{{key}}_form", "schemaVersion": 16, "components": [
          { "type": "textarea", "id": "Field_reason", "key": "reason", "label": "事由", "validate": { "required": true, "maxLength": 200 } },
          { "type": "number", "id": "Field_days", "key": "days", "label": "天数", "validate": { "required": true, "min": 1, "max": 30 } },
          { "type": "textfield", "id": "Field_secret", "key": "secret", "label": "薪资说明" } ] }
        """;

    private static string Bpmn(string key, string headApprover)
    {
        string[] nodes = ["Start", "Task_Head", "Task_Hr", "End"];
        var shapes = string.Join("", nodes.Select((n, i) =>
            $"""<di:BPMNShape id="{n}_di" bpmnElement="{n}"><dc:Bounds x="{60 + i * 170}" y="{(n.StartsWith("Task") ? 80 : 102)}" width="{(n.StartsWith("Task") ? 100 : 36)}" height="{(n.StartsWith("Task") ? 80 : 36)}" /></di:BPMNShape>"""));
        var edges = string.Join("", new[] { ("F1", 0), ("F2", 1), ("F3", 2) }.Select(f =>
            $"""<di:BPMNEdge id="{f.Item1}_di" bpmnElement="{f.Item1}"><dd:waypoint x="{60 + f.Item2 * 170 + (f.Item2 == 0 ? 36 : 100)}" y="120" /><dd:waypoint x="{60 + (f.Item2 + 1) * 170}" y="120" /></di:BPMNEdge>"""));
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                              xmlns:di="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:dd="http://www.omg.org/spec/DD/20100524/DI"
                              xmlns:oa="http://oa.dev/schema/bpmn/oa" id="Defs_{key}" targetNamespace="http://oa.dev/e2e">
              <bpmn:process id="{key}" name="E2E审批{key[^4..]}" isExecutable="true">
                <bpmn:extensionElements><oa:process titleTemplate="{"{{"}initiator.displayName{"}}"}的测试申请（{"{{"}days{"}}"}天）" /></bpmn:extensionElements>
                <bpmn:startEvent id="Start" name="提交申请">
                  <bpmn:extensionElements><zeebe:formDefinition formId="{key}_form" /></bpmn:extensionElements>
                </bpmn:startEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Head" />
                <bpmn:userTask id="Task_Head" name="部门负责人审批">
                  <bpmn:extensionElements>
                    <oa:approval actions="approve,reject,return,transfer">{headApprover}<oa:fieldPermission field="secret" access="hidden" /></oa:approval>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="F2" sourceRef="Task_Head" targetRef="Task_Hr" />
                <bpmn:userTask id="Task_Hr" name="人事审核">
                  <bpmn:extensionElements>
                    <oa:approval method="any" actions="approve,return"><oa:approver type="role" value="人事" /></oa:approval>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="F3" sourceRef="Task_Hr" targetRef="End" />
                <bpmn:endEvent id="End" name="结束" />
              </bpmn:process>
              <di:BPMNDiagram id="Diagram"><di:BPMNPlane id="Plane" bpmnElement="{key}">{shapes}{edges}</di:BPMNPlane></di:BPMNDiagram>
            </bpmn:definitions>
            """;
    }
}
