using Oa.Workflows.Runtime;

namespace Oa.Workflows.Tests.Approvals;

// 撤回 by an approver while the next node has not acted (resubmit.bpmn: head → finance).
public class ReopenTaskTests
{
    const string Fixture = "resubmit.bpmn", Key = "Process_Resubmit";

    [Fact]
    public void Reopen_CancelsTheNextNode_AndGivesTheApproverTheTaskBack()
    {
        var run = ApprovalRun.Start(Fixture, Key, "xiaoming");
        var headTask = run.TaskOf("zhangfei").TaskId;
        run.Complete("zhangfei", "approve").Do(s => new ReopenTask(headTask, "zhangfei"));
        Assert.Equal(["zhangfei"], run.Assignees);
        Assert.Contains(run.Effects, e => e is TaskCancelled { ElementId: "Task_Finance" });
        Assert.Contains("TaskReopened", run.HistoryTypes);
        run.Complete("zhangfei", "approve").Complete("caiwu1", "approve");
        Assert.Equal(InstanceStatus.Completed, run.Status);
    }

    [Fact]
    public void Reopen_WhileTheNodeIsStillOpen_IsRefused()
    {
        var run = ApprovalRun.Start("approval-modes.bpmn", "Process_All", "xiaoming");
        var first = run.TaskOf("caiwu1").TaskId;
        run.Complete("caiwu1", "approve");
        var error = Assert.Throws<EngineException>(() => run.Do(s => new ReopenTask(first, "caiwu1")));
        Assert.Equal(EngineErrorCode.InvalidCommand, error.Code);
    }
}
