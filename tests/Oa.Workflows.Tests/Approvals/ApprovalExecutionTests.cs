using System.Text.Json;
using Oa.Workflows.Approvals;
using Oa.Workflows.Runtime;

namespace Oa.Workflows.Tests.Approvals;

// oa:approval through the real executor (approval-modes.bpmn, leave.bpmn).
public class ApprovalExecutionTests
{
    const string Modes = "approval-modes.bpmn";

    [Fact]
    public void All_EveryFinanceMemberApproves_EndsApproved()
    {
        var run = ApprovalRun.Start(Modes, "Process_All", "xiaoming");
        Assert.Equal(["caiwu1", "caiwu2"], run.Assignees);
        run.Complete("caiwu1", "approve");
        Assert.Equal(InstanceStatus.Running, run.Status);
        run.Complete("caiwu2", "approve");
        Assert.Equal(InstanceStatus.Completed, run.Status);
        Assert.True(run.Reached("All_EndApproved"));
    }

    [Fact]
    public void All_OneRejects_EndsRejectedAtOnce()
    {
        var run = ApprovalRun.Start(Modes, "Process_All", "xiaoming").Complete("caiwu2", "reject");
        Assert.Equal(InstanceStatus.Completed, run.Status);
        Assert.True(run.Reached("All_EndRejected"));
        Assert.Contains("reject", run.Variable("All_Task_outcome"));
    }

    [Fact]
    public void Any_FirstApprovalDecides_CancelsTheOther()
    {
        var run = ApprovalRun.Start(Modes, "Process_Any", "xiaoming").Complete("caiwu2", "approve");
        Assert.Equal(InstanceStatus.Completed, run.Status);
        Assert.True(run.Reached("Any_EndApproved"));
        Assert.Contains(run.Effects, e => e is TaskCancelled);
    }

    [Fact]
    public void Sequential_HeadChain_AsksNearestHeadFirst()
    {
        var run = ApprovalRun.Start(Modes, "Process_Sequential", "xiaoming");
        Assert.Equal(["zhangfei"], run.Assignees);
        run.Complete("zhangfei", "approve");
        Assert.Equal(["guanyu"], run.Assignees);
        run.Complete("guanyu", "approve").Complete("zhaoyun", "approve");
        Assert.True(run.Reached("Sequential_EndApproved"));
    }

    [Fact]
    public void Sequential_MiddleHeadRejects_EndsRejected()
    {
        var run = ApprovalRun.Start(Modes, "Process_Sequential", "xiaoming").Complete("zhangfei", "approve").Complete("guanyu", "reject");
        Assert.True(run.Reached("Sequential_EndRejected"));
        Assert.Equal(2, run.Created.Count);
    }

    [Fact]
    public void Ratio_ThreeOfFiveApprove_PassesAt60Percent()
    {
        var run = ApprovalRun.Start(Modes, "Process_Ratio", "xiaoming");
        Assert.Equal(5, run.Assignees.Count);
        run.Complete("caiwu1", "approve").Complete("renshi", "reject").Complete("caiwu2", "approve");
        Assert.Equal(InstanceStatus.Running, run.Status);
        run.Complete("zhaoyun", "approve");
        Assert.True(run.Reached("Ratio_EndApproved"));
    }

    [Fact]
    public void Ratio_ThreeRejections_CanNoLongerPass_EndsRejected()
    {
        var run = ApprovalRun.Start(Modes, "Process_Ratio", "xiaoming")
            .Complete("caiwu1", "reject").Complete("caiwu2", "reject").Complete("renshi", "reject");
        Assert.True(run.Reached("Ratio_EndRejected"));
    }

    [Fact]
    public void NoApprover_AutoApprove_PassesWithoutATask()
    {
        var run = ApprovalRun.Start(Modes, "Process_NoApprover", "xiaoming");
        Assert.Empty(run.Created);
        Assert.True(run.Reached("NoApprover_EndApproved"));
    }

    [Fact]
    public void CreatedTasks_CarryPolicyExtensionsForTheHost()
    {
        var task = ApprovalRun.Start(Modes, "Process_All", "xiaoming").Created[0];
        Assert.Equal("approve,reject,transfer", task.Extensions[PlanExtensions.Actions]);
        Assert.Equal("readonly", JsonDocument.Parse(task.Extensions[PlanExtensions.FieldPermissions]).RootElement.GetProperty("amount").GetString());
    }

    [Fact]
    public void Leave_ShortLeave_OnlyDeptHeadApproves_WithCcAndReminder()
    {
        var run = ApprovalRun.Start("leave.bpmn", "Process_Leave", "xiaoming", new { days = 2 });
        var task = Assert.Single(run.Created);
        Assert.Equal("zhangfei", task.Assignee);
        Assert.Equal("""["renshi"]""", task.Extensions[PlanExtensions.Cc]);
        Assert.Contains("PT24H", task.Extensions[PlanExtensions.Timeouts]);
        run.Complete("zhangfei", "approve");
        Assert.True(run.Reached("End_Approved"));
    }

    [Fact]
    public void Leave_HeadIsAlsoTheLeader_ConsecutiveDedupSkipsTheLeaderStep()
    {
        var org = SampleOrg.Create().Dept(SampleOrg.Group, "服务管理组", SampleOrg.Jjjl, head: "zhangfei", leader: "zhangfei");
        var run = ApprovalRun.Start("leave.bpmn", "Process_Leave", "xiaoming", new { days = 5 }, org).Complete("zhangfei", "approve");
        Assert.Single(run.Created);
        Assert.True(run.Reached("End_Approved"));
    }

    [Fact]
    public void Leave_LongLeave_GoesOnToTheLeader()
    {
        var run = ApprovalRun.Start("leave.bpmn", "Process_Leave", "xiaoming", new { days = 5 }).Complete("zhangfei", "approve");
        Assert.Equal(["liubei"], run.Assignees);
        run.Complete("liubei", "reject");
        Assert.True(run.Reached("End_Rejected"));
    }

    [Fact]
    public void Leave_InitiatorIsTheHead_SelfApproverHeadStillFindsParentHead()
    {
        var run = ApprovalRun.Start("leave.bpmn", "Process_Leave", "zhangfei", new { days = 1 });
        Assert.Equal(["guanyu"], run.Assignees);
    }

    [Fact]
    public void NoApproverAndNoAdmins_IncidentInsteadOfPassing()
    {
        var org = SampleOrg.Create().Dept(SampleOrg.Group, "服务管理组", SampleOrg.Jjjl, head: null)
            .Dept(SampleOrg.Jjjl, "京津冀鲁", SampleOrg.Ops, head: null).Dept(SampleOrg.Ops, "服务运营部", null, head: null, leader: "liubei");
        var run = ApprovalRun.Start("leave.bpmn", "Process_Leave", "xiaoming", new { days = 1 }, org);
        Assert.Equal(InstanceStatus.Incident, run.Status);
        Assert.Empty(run.Assignees);
        var raised = Assert.Single(run.Effects.OfType<IncidentRaised>());
        Assert.Equal("PlanningFailed", raised.Incident.Kind);
    }
}
