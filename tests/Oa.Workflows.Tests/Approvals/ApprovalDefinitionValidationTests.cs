using Oa.Workflows.Approvals;
using Oa.Workflows.Parsing;

namespace Oa.Workflows.Tests.Approvals;

public class ApprovalDefinitionValidationTests
{
    // The engine's own validation runs the policy checks: a bad policy makes the model invalid.
    static IReadOnlyList<(string ElementId, string Message)> Validate(string taskBody, string rejectTo = "end") =>
        BpmnParser.ParseUncached(TaskXml(taskBody, rejectTo)).Problems.Select(p => (p.ElementId ?? "", p.Message)).ToList();

    static string TaskXml(string taskBody, string rejectTo) => $"""
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:oa="{OaSchema.NamespaceUri}"
                          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="D" targetNamespace="t">
          <bpmn:process id="P" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_A" />
            <bpmn:userTask id="Task_A">
              <bpmn:extensionElements>
                <oa:approval rejectTo="{rejectTo}"><oa:approver type="deptHead" /></oa:approval>
              </bpmn:extensionElements>
              {taskBody}
            </bpmn:userTask>
            <bpmn:sequenceFlow id="F2" sourceRef="Task_A" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public void BadPolicy_RejectedByBpmnParser_WithElementIdAndLine()
    {
        var problems = Validate("", "node:Task_Gone");
        var problem = Assert.Single(problems);
        Assert.Equal("Task_A", problem.ElementId);
        var parsed = BpmnParser.ParseUncached(TaskXml("", "node:Task_Gone"));
        Assert.False(parsed.IsValid);
        Assert.Equal(6, Assert.Single(parsed.Problems).Line);
    }

    [Fact]
    public void RejectToExistingNode_IsValid() => Assert.Empty(Validate("", "node:Start"));

    [Fact]
    public void RejectToMissingNode_IsReported() =>
        Assert.Contains(Validate("", "node:Task_Gone"), p => p.ElementId == "Task_A" && p.Message.Contains("unknown node 'Task_Gone'"));

    [Fact]
    public void OaApprovalOnModelledMultiInstance_IsReported()
    {
        const string loop = """
            <bpmn:multiInstanceLoopCharacteristics>
              <bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=users" inputElement="user" /></bpmn:extensionElements>
            </bpmn:multiInstanceLoopCharacteristics>
            """;
        Assert.Contains(Validate(loop), p => p.ElementId == "Task_A" && p.Message.Contains("cannot be combined with multiLoopCharacteristics"));
    }
}
