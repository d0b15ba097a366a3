using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Bench;

// Our copy of ../shared/bench/peer/approval.bpmn with the JUEL condition written as FEEL (=approved);
// the original is rejected at deploy with that hint (see BpmnParserTests).
public class PeerApprovalTests
{
    [Fact]
    public async Task PeerApproval_Approved_RunsBothTasksToEnd()
    {
        var runtime = new WorkflowRuntime(new InMemoryInstanceStore(), new TestClock(Harness.T0));
        Assert.True(runtime.Deploy(Fixture.Text("Bench/approval.bpmn")).IsValid);
        var started = await runtime.StartAsync("approval", "B-1", "u");
        await runtime.CompleteTaskAsync(runtime.TasksOf(started.InstanceId).Single().TaskId, "m", Vars.Of(new { approved = true }));
        Assert.Equal("taskB", runtime.TasksOf(started.InstanceId).Single().ElementId);
        var done = await runtime.CompleteTaskAsync(runtime.TasksOf(started.InstanceId).Single().TaskId, "hr");
        Assert.Equal(InstanceStatus.Completed, done.Status);
    }

    [Fact]
    public void PeerApproval_Rejected_EndsAtRejectedEnd()
    {
        var h = Harness.For("Bench/approval.bpmn").Start();
        h.Complete("taskA", new { approved = false });
        Assert.Equal(InstanceStatus.Completed, h.Status);
        Assert.Equal(1, h.CountHistory("ElementCompleted", "endRejected"));
    }
}
