using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Tasks;

public class UserTaskTests
{
    [Fact]
    public void UserTask_Activated_EmitsTaskCreatedWithAssignmentScheduleAndForm()
    {
        var h = Harness.For("Tasks/user-task.bpmn").Start(new { manager = "lisi", days = 2 });
        var created = Assert.Single(h.Effects.OfType<TaskCreated>()).Task;
        Assert.Equal("lisi", created.Assignee);
        Assert.Equal(["hr", "finance"], created.CandidateGroups);
        Assert.Equal(["wangwu", "zhaoliu"], created.CandidateUsers);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 17, 0, 0, TimeSpan.Zero), created.DueDate);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero), created.FollowUpDate);
        Assert.Equal("leave-approve", created.FormId);
        Assert.Equal("部门审批", created.Name);
        Assert.Equal(created.TaskId, h.Task("approve").TaskId);
    }

    [Fact]
    public void UserTask_InputMapping_CreatesLocalVariableOnly()
    {
        var h = Harness.For("Tasks/user-task.bpmn").Start(new { manager = "lisi", days = 2 });
        var token = h.State!.Tokens.Single(t => t.ElementId == "approve");
        Assert.Equal(16, token.Locals!["hours"].GetInt32());
        Assert.False(h.State.Variables.ContainsKey("hours"));
    }

    [Fact]
    public void UserTask_OutputMapping_DecidesWhatLeavesTheTask()
    {
        var h = Harness.For("Tasks/user-task.bpmn").Start(new { manager = "lisi", days = 2 });
        h.Complete("approve", new { comment = "同意", scratch = 1 });
        Assert.Equal("同意", h.Var("approvalComment").GetString());
        Assert.False(h.State!.Variables.ContainsKey("scratch"));
        Assert.Equal(InstanceStatus.Completed, h.Status);
    }

    [Fact]
    public void UserTask_Completion_RecordsActorAndOutcome()
    {
        var h = Harness.For("Tasks/user-task.bpmn").Start(new { manager = "lisi", days = 1 });
        h.Complete("approve", new { comment = "ok" }, outcome: "approve", user: "lisi");
        var done = Assert.Single(h.Effects.OfType<TaskCompleted>());
        Assert.Equal(("lisi", "approve"), (done.User, done.Outcome));
        Assert.Equal("approve", h.Var("approve_outcome").GetString());
        Assert.Equal("approve", h.Var("lastOutcome").GetString());
        var history = Assert.Single(h.Effects.OfType<HistoryEvent>(), e => e.Type == "TaskCompleted");
        Assert.Equal(("lisi", "approve", "部门审批"), (history.User, System.Text.Json.JsonDocument.Parse(history.Data!).RootElement.GetProperty("outcome").GetString(), history.ElementName));
    }

    [Fact]
    public void UserTask_CompletedTwice_FailsWithTaskAlreadyCompletedAndNoChange()
    {
        var h = Harness.For("Tasks/user-task.bpmn").Start(new { manager = "lisi", days = 1 });
        var taskId = h.Task("approve").TaskId;
        h.Complete("approve", new { comment = "ok" });
        var before = InstanceStateSerializer.Serialize(h.State!);
        var ex = Assert.Throws<EngineException>(() => h.Run(new CompleteTask(taskId, "lisi")));
        Assert.Equal(EngineErrorCode.TaskAlreadyCompleted, ex.Code);
        Assert.Equal(before, InstanceStateSerializer.Serialize(h.State!));
    }

    [Fact]
    public void UserTask_UnknownTask_FailsWithTaskNotFound()
    {
        var h = Harness.For("Tasks/user-task.bpmn").Start(new { manager = "lisi", days = 1 });
        Assert.Equal(EngineErrorCode.TaskNotFound, Assert.Throws<EngineException>(() => h.Run(new CompleteTask("inst.999", "x"))).Code);
    }

    [Fact]
    public void UserTask_AssigneeExpressionYieldsNull_TaskIsUnassigned()
    {
        var h = Harness.For("Tasks/user-task.bpmn").Start(new { days = 1 }); // manager missing → assignee null is fine
        Assert.Null(h.Task("approve").Assignee);
        Assert.Equal(InstanceStatus.Running, h.Status);
    }

    [Fact]
    public void UserTask_Reassigned_EmitsTaskAssignedAndCompletesNormally()
    {
        var h = Harness.For("Tasks/user-task.bpmn").Start(new { manager = "lisi", days = 1 });
        h.Run(new AssignTask(h.Task("approve").TaskId, "wangwu", "lisi"));
        Assert.Equal("wangwu", h.Task("approve").Assignee);
        Assert.Contains(h.LastEffects, e => e is TaskAssigned { PreviousAssignee: "lisi", Assignee: "wangwu", User: "lisi" });
        h.Complete("approve", new { comment = "ok" }, user: "wangwu");
        Assert.Equal(InstanceStatus.Completed, h.Status);
    }

    [Fact]
    public void UserTask_OutputMappingFails_CommandFailsWithoutChange()
    {
        var xml = Fixture.Text("Tasks/user-task.bpmn").Replace("source=\"=comment\"", "source=\"=nosuchfunction(comment)\"");
        var h = new Harness(Oa.Workflows.Parsing.BpmnParser.Parse(xml).Processes.Single()).Start(new { manager = "lisi", days = 1 });
        var before = InstanceStateSerializer.Serialize(h.State!);
        var ex = Assert.Throws<EngineException>(() => h.Complete("approve", new { comment = "x" }));
        Assert.Equal(EngineErrorCode.ExpressionFailed, ex.Code);
        Assert.Contains("approvalComment", ex.Message);
        Assert.Equal(before, InstanceStateSerializer.Serialize(h.State!));
    }

    [Fact]
    public void StartEvent_FormDefinition_IsTheProcessForm()
    {
        Assert.Equal("leave-form", Fixture.Process("Tasks/user-task.bpmn").FormId);
    }
}
