using Oa.Workflows.Runtime;

namespace Oa.Workflows.Tests.Approvals;

// 加签 before/after and 减签 on planned approvals (approval-modes.bpmn: 会签 caiwu1+caiwu2; 依次 zhangfei → guanyu → zhaoyun).
public class SignerTests
{
    const string Modes = "approval-modes.bpmn";

    [Fact]
    public void SignerBefore_ActsFirst_ThenTheTaskComesBackToTheHolder()
    {
        var run = ApprovalRun.Start(Modes, "Process_All", "xiaoming");
        var original = run.TaskOf("caiwu1").TaskId;
        run.Do(s => new AddSigner(original, "renshi", SignerPosition.Before, "caiwu1"));
        Assert.Equal(["caiwu2", "renshi"], run.Assignees.Order());
        run.Complete("renshi", "approve");
        Assert.NotEqual(original, run.TaskOf("caiwu1").TaskId);
        Assert.Equal(InstanceStatus.Running, run.Status);
        run.Complete("caiwu1", "approve").Complete("caiwu2", "approve");
        Assert.True(run.Reached("All_EndApproved"));
        Assert.Contains("SignerAddedBefore", run.HistoryTypes);
    }

    [Fact]
    public void SignerBefore_Rejects_RejectsTheCountersign()
    {
        var run = ApprovalRun.Start(Modes, "Process_All", "xiaoming");
        run.Do(s => new AddSigner(run.TaskOf("caiwu1").TaskId, "renshi", SignerPosition.Before, "caiwu1")).Complete("renshi", "reject");
        Assert.True(run.Reached("All_EndRejected"));
    }

    [Fact]
    public void SignerAfter_Sequential_IsNextInLine()
    {
        var run = ApprovalRun.Start(Modes, "Process_Sequential", "xiaoming");
        run.Do(s => new AddSigner(run.TaskOf("zhangfei").TaskId, "xiaohong", SignerPosition.After, "zhangfei")).Complete("zhangfei", "approve");
        Assert.Equal(["xiaohong"], run.Assignees);
        run.Complete("xiaohong", "approve");
        Assert.Equal(["guanyu"], run.Assignees);
        run.Complete("guanyu", "approve").Complete("zhaoyun", "approve");
        Assert.True(run.Reached("Sequential_EndApproved"));
    }

    [Fact]
    public void SignerAfter_Countersign_GetsATaskOnlyOnceTheHolderApproved()
    {
        var run = ApprovalRun.Start(Modes, "Process_All", "xiaoming");
        run.Do(s => new AddSigner(run.TaskOf("caiwu2").TaskId, "renshi", SignerPosition.After, "caiwu2"));
        run.Complete("caiwu1", "approve");
        Assert.Equal(["caiwu2"], run.Assignees); // caiwu1 finishing does not start caiwu2's signer
        run.Complete("caiwu2", "approve");
        Assert.Equal(["renshi"], run.Assignees);
        Assert.Equal(InstanceStatus.Running, run.Status);
        run.Complete("renshi", "approve");
        Assert.True(run.Reached("All_EndApproved"));
        Assert.Contains("SignerAddedAfter", run.HistoryTypes);
    }

    [Fact]
    public void SignerAfter_InAnyNode_IsRefused()
    {
        var run = ApprovalRun.Start(Modes, "Process_Any", "xiaoming");
        var error = Assert.Throws<EngineException>(() => run.Do(s => new AddSigner(run.TaskOf("caiwu1").TaskId, "renshi", SignerPosition.After, "caiwu1")));
        Assert.Equal(EngineErrorCode.InvalidCommand, error.Code);
    }

    [Fact]
    public void RemoveSigner_Countersign_CancelsTheirTask_AndTheRestDecides()
    {
        var run = ApprovalRun.Start(Modes, "Process_All", "xiaoming");
        run.Do(s => new RemoveSigner(run.TaskOf("caiwu1").TaskId, "caiwu2", "caiwu1"));
        Assert.Equal(["caiwu1"], run.Assignees);
        Assert.Contains(run.Effects, e => e is TaskCancelled);
        run.Complete("caiwu1", "approve");
        Assert.True(run.Reached("All_EndApproved"));
        Assert.Contains("SignerRemoved", run.HistoryTypes);
    }

    [Fact]
    public void RemoveSigner_Sequential_DropsAQueuedApprover()
    {
        var run = ApprovalRun.Start(Modes, "Process_Sequential", "xiaoming");
        run.Do(s => new RemoveSigner(run.TaskOf("zhangfei").TaskId, "zhaoyun", "zhangfei"));
        run.Complete("zhangfei", "approve").Complete("guanyu", "approve");
        Assert.True(run.Reached("Sequential_EndApproved"));
    }

    [Fact]
    public void RemoveSigner_YourselfOrSomeoneNotOnTheNode_IsRefused()
    {
        var run = ApprovalRun.Start(Modes, "Process_Sequential", "xiaoming");
        var task = run.TaskOf("zhangfei").TaskId;
        Assert.Throws<EngineException>(() => run.Do(s => new RemoveSigner(task, "zhangfei", "zhangfei")));
        Assert.Throws<EngineException>(() => run.Do(s => new RemoveSigner(task, "caiwu1", "zhangfei")));
    }
}
