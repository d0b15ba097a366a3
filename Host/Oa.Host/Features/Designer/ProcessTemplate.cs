using System.Security;

namespace Oa.Host.Features.Designer;

/// <summary>
/// What 新建流程 starts from: 发起 → 部门负责人审批 (oa:approval, approver = the initiator's department head) → 结束,
/// with diagram information so the modeler shows it at once. Nothing is stored until the admin publishes.
/// </summary>
public static class ProcessTemplate
{
    public static string For(string key, string name, string? category) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:oa="http://oa.dev/schema/bpmn/oa"
          xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_{X(key)}" targetNamespace="http://oa.dev/processes"
          modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.6.0">
          <bpmn:process id="{X(key)}" name="{X(name)}" isExecutable="true">
            <bpmn:extensionElements>
              <oa:process category="{X(category ?? "其他")}" />
            </bpmn:extensionElements>
            <bpmn:startEvent id="Start" name="发起">
              <bpmn:outgoing>Flow_1</bpmn:outgoing>
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Head" />
            <bpmn:userTask id="Task_Head" name="部门负责人审批">
              <bpmn:extensionElements>
                <oa:approval>
                  <oa:approver type="deptHead" />
                </oa:approval>
              </bpmn:extensionElements>
              <bpmn:incoming>Flow_1</bpmn:incoming>
              <bpmn:outgoing>Flow_2</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Head" targetRef="End" />
            <bpmn:endEvent id="End" name="结束">
              <bpmn:incoming>Flow_2</bpmn:incoming>
            </bpmn:endEvent>
          </bpmn:process>
          <bpmndi:BPMNDiagram id="BPMNDiagram_1">
            <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="{X(key)}">
              <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Task_Head_di" bpmnElement="Task_Head"><dc:Bounds x="250" y="80" width="100" height="80" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="412" y="102" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120" /><di:waypoint x="250" y="120" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="350" y="120" /><di:waypoint x="412" y="120" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    // Key, name and category come from the admin's input; XML-escape them into attributes.
    private static string X(string value) => SecurityElement.Escape(value);
}
