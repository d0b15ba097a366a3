using System.Security;
using System.Text.Json;

namespace Oa.EndToEnd.Tests.Security;

/// <summary>
/// A process whose own texts are payloads (name, category, step names — what a process admin types in the designer and
/// publishes through /api/definitions): applicant → step 1 (the applicant's department head; approve/reject/return) →
/// step 2 (a named checker) → end. The title template is the 主题 field, so the request title is what the applicant
/// typed. The form has a text field, a textarea, a link field, a repeating table, attachments and a text view that
/// quotes 主题 through the form's own template language.
/// </summary>
public static class XssProcess
{
    public static string Name(string key) => XssPayload.For("流程" + key[^4..]);
    public static string Category(string key) => XssPayload.For("分类" + key[^4..]);
    public static readonly string HeadStep = XssPayload.For("负责人节点");
    public static readonly string CheckStep = XssPayload.For("复核节点");

    public static string Form(string key) => JsonSerializer.Serialize(new
    {
        type = "default", id = key + "_form", schemaVersion = 16,
        components = new object[]
        {
            new { type = "textfield", id = "Field_subject", key = "subject", label = "主题", validate = new { required = true } },
            new { type = "textarea", id = "Field_reason", key = "reason", label = "事由" },
            new { type = "textfield", id = "Field_website", key = "website", label = "网址" },
            new { type = "text", id = "Text_quote", text = "主题引用：{{subject}}" },
            new
            {
                type = "dynamiclist", id = "List_items", path = "items", label = "明细", isRepeating = true, allowAddRemove = true, defaultRepetitions = 1,
                components = new object[] { new { type = "textfield", id = "Field_item", key = "item", label = "项目" } },
            },
            new { type = "oa-attachments", id = "Field_files", key = "files", label = "附件" },
        },
    });

    public static string Bpmn(string key, string checker)
    {
        static string A(string s) => SecurityElement.Escape(s);
        string[] nodes = ["Start", "Task_Head", "Task_Check", "End"];
        var shapes = string.Join("", nodes.Select((n, i) =>
            $"""<di:BPMNShape id="{n}_di" bpmnElement="{n}"><dc:Bounds x="{60 + i * 170}" y="{(n.StartsWith("Task") ? 80 : 102)}" width="{(n.StartsWith("Task") ? 100 : 36)}" height="{(n.StartsWith("Task") ? 80 : 36)}" /></di:BPMNShape>"""));
        var edges = string.Join("", new[] { ("F1", 0), ("F2", 1), ("F3", 2) }.Select(f =>
            $"""<di:BPMNEdge id="{f.Item1}_di" bpmnElement="{f.Item1}"><dd:waypoint x="{60 + f.Item2 * 170 + (f.Item2 == 0 ? 36 : 100)}" y="120" /><dd:waypoint x="{60 + (f.Item2 + 1) * 170}" y="120" /></di:BPMNEdge>"""));
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                              xmlns:di="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:dd="http://www.omg.org/spec/DD/20100524/DI"
                              xmlns:oa="http://oa.dev/schema/bpmn/oa" id="Defs_{key}" targetNamespace="http://oa.dev/e2e">
              <bpmn:process id="{key}" name="{A(Name(key))}" isExecutable="true">
                <bpmn:extensionElements><oa:process category="{A(Category(key))}" titleTemplate="{"{{"}subject{"}}"}" /></bpmn:extensionElements>
                <bpmn:startEvent id="Start" name="提交">
                  <bpmn:extensionElements><zeebe:formDefinition formId="{key}_form" /></bpmn:extensionElements>
                </bpmn:startEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Head" />
                <bpmn:userTask id="Task_Head" name="{A(HeadStep)}">
                  <bpmn:extensionElements><oa:approval actions="approve,reject,return"><oa:approver type="deptHead" /></oa:approval></bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="F2" sourceRef="Task_Head" targetRef="Task_Check" />
                <bpmn:userTask id="Task_Check" name="{A(CheckStep)}">
                  <bpmn:extensionElements><oa:approval actions="approve,reject,return"><oa:approver type="user" value="{checker}" /></oa:approval></bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="F3" sourceRef="Task_Check" targetRef="End" />
                <bpmn:endEvent id="End" name="结束" />
              </bpmn:process>
              <di:BPMNDiagram id="Diagram"><di:BPMNPlane id="Plane" bpmnElement="{key}">{shapes}{edges}</di:BPMNPlane></di:BPMNDiagram>
            </bpmn:definitions>
            """;
    }
}
