using Oa.Workflows.Approvals;
using Oa.Workflows.Runtime;

namespace Oa.Workflows.Tests.Approvals;

// 退回发起人 and 重新提交 through the real executor, saving and reloading after every command (resubmit.bpmn).
public class ReturnToInitiatorTests
{
    const string Fixture = "resubmit.bpmn", Key = "Process_Resubmit";

    static ApprovalRun ReturnedByFinance(bool backToReturner)
    {
        var run = ApprovalRun.Start(Fixture, Key, "xiaoming", new { reason = "出差" }).Complete("zhangfei", "approve");
        return run.Do(s => new ReturnToInitiator(run.TaskOf("caiwu1").TaskId, backToReturner, "caiwu1"));
    }

    [Fact]
    public void Return_CancelsTheNode_AndTheInitiatorHoldsATaskAtTheStartEvent()
    {
        var run = ReturnedByFinance(backToReturner: false);
        var task = Assert.Single(run.State.Tasks);
        Assert.Equal(("xiaoming", "Start", "提交申请"), (task.Assignee, task.ElementId, task.Name));
        Assert.Equal("resubmit,revoke", task.Extensions![PlanExtensions.Actions]);
        Assert.Equal("Task_Finance", task.Extensions[PlanExtensions.ReturnedFrom]);
        Assert.Equal("Start", Assert.Single(run.State.Tokens).ElementId);
        Assert.Equal(InstanceStatus.Running, run.Status);
        Assert.Contains(run.Effects, e => e is TaskCancelled { ElementId: "Task_Finance" });
        Assert.Contains("ReturnedToInitiator", run.HistoryTypes);
    }

    [Fact]
    public void Resubmit_Rerun_AsksTheHeadAgain_DespiteDedup_ThenCompletes()
    {
        var run = ReturnedByFinance(backToReturner: false);
        run.Do(s => new Resubmit(run.TaskOf("xiaoming").TaskId, "xiaoming", Approval.Variables(new { reason = "出差（已补充行程）" })));
        Assert.Equal(["zhangfei"], run.Assignees);
        Assert.Contains("已补充行程", run.Variable("reason"));
        Assert.Contains("Resubmitted", run.HistoryTypes);
        run.Complete("zhangfei", "approve").Complete("caiwu1", "approve");
        Assert.Equal(InstanceStatus.Completed, run.Status);
    }

    [Fact]
    public void Resubmit_BackToReturner_GoesStraightToFinance()
    {
        var run = ReturnedByFinance(backToReturner: true);
        run.Do(s => new Resubmit(run.TaskOf("xiaoming").TaskId, "xiaoming"));
        Assert.Equal(["caiwu1"], run.Assignees);
        run.Complete("caiwu1", "approve");
        Assert.Equal(InstanceStatus.Completed, run.Status);
    }

    [Fact]
    public void ReturnedTask_CannotBeCompletedLikeATask_AndANormalTaskCannotBeResubmitted()
    {
        var run = ReturnedByFinance(backToReturner: false);
        var returned = run.TaskOf("xiaoming").TaskId;
        var refused = Assert.Throws<EngineException>(() => run.Do(s => new CompleteTask(returned, "xiaoming", Outcome: "approve")));
        Assert.Equal(EngineErrorCode.InvalidCommand, refused.Code);

        var fresh = ApprovalRun.Start(Fixture, Key, "xiaoming");
        var normal = Assert.Throws<EngineException>(() => fresh.Do(s => new Resubmit(fresh.TaskOf("zhangfei").TaskId, "zhangfei")));
        Assert.Equal(EngineErrorCode.InvalidCommand, normal.Code);
    }

    [Fact]
    public void InitiatorRevokes_AReturnedRequest_EndsCancelled()
    {
        var run = ReturnedByFinance(backToReturner: false).Do(s => new CancelInstance("不再需要", "xiaoming"));
        Assert.Equal(InstanceStatus.Cancelled, run.Status);
        Assert.Empty(run.State.Tasks);
    }
}
