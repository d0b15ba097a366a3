using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Runtime;

// FEEL's today() inside a running process reads the runtime's clock, the same one that drives its timers.
public class FeelClockTests
{
    private static readonly string Model = Bpmn.Wrap("""
        <bpmn:startEvent id="s" />
        <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="decide" />
        <bpmn:exclusiveGateway id="decide" default="fNew" />
        <bpmn:sequenceFlow id="fOld" sourceRef="decide" targetRef="oldRules"><bpmn:conditionExpression>=today() &lt; date("2028-01-01")</bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="fNew" sourceRef="decide" targetRef="newRules" />
        <bpmn:userTask id="oldRules" />
        <bpmn:userTask id="newRules" />
        """, id: "clocked");

    [Theory]
    [InlineData(2027, "oldRules")]
    [InlineData(2030, "newRules")]
    public async Task Condition_WithToday_FollowsTheRuntimeClock(int year, string expected)
    {
        var runtime = new WorkflowRuntime(new InMemoryInstanceStore(), new TestClock(new DateTimeOffset(year, 6, 1, 9, 0, 0, TimeSpan.Zero)));
        Assert.True(runtime.Deploy(Model).IsValid);
        await runtime.StartAsync("clocked");
        Assert.Equal(expected, Assert.Single(runtime.OpenTasks).ElementId);
    }
}
