using System.Text.Json;
using Oa.Workflows.Approvals;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Approvals;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Timeouts;

// oa:timeout through the real executor and OaUserTaskPlanner; every command saves and reloads the state.
public class TaskTimeoutTests
{
    const string File = "Timeouts/timeouts.bpmn";

    static Harness Run(string processKey)
    {
        var h = Harness.For(File, processKey);
        h.Planner = new OaUserTaskPlanner(SampleOrg.Create());
        return h.Start(initiator: "xiaoming");
    }

    static TimerBookmark TimerOf(Harness h, string assignee, TaskTimeoutAction? action = null)
    {
        var task = h.State!.Tasks.Single(t => t.Assignee == assignee);
        return h.State.Timers.Single(t => t.TaskTimeout?.TaskId == task.TaskId && (action is null || t.TaskTimeout.Action == action));
    }

    static void Fire(Harness h, TimerBookmark timer)
    {
        h.Now = timer.DueAt;
        h.Run(new FireTimer(timer.TimerId));
    }

    static JsonElement HistoryData(Harness h, string type) =>
        JsonDocument.Parse(h.LastEffects.OfType<HistoryEvent>().Last(e => e.Type == type).Data!).RootElement;

    [Fact]
    public void Remind_EachTaskGetsATimerAtTheDuration()
    {
        var h = Run("Process_Remind");
        Assert.Equal(2, h.State!.Tasks.Count);
        foreach (var task in h.State.Tasks)
        {
            var timer = Assert.Single(h.State.Timers, t => t.TaskTimeout?.TaskId == task.TaskId);
            Assert.Equal(Harness.T0.AddHours(24), timer.DueAt);
            Assert.Contains(h.Effects, e => e is TimerScheduled s && s.TimerId == timer.TimerId);
        }
    }

    [Fact]
    public void Remind_FiresRepeatTimesAtTheInterval_ThenStops()
    {
        var h = Run("Process_Remind");
        var first = TimerOf(h, "caiwu1");
        Fire(h, first);
        var reminded = Assert.Single(h.LastEffects.OfType<TaskReminded>());
        Assert.Equal(("caiwu1", 1, 2), (reminded.Assignee, reminded.Attempt, reminded.Repeat));
        var data = HistoryData(h, "TaskReminded");
        Assert.Equal(reminded.TaskId, data.GetProperty("taskId").GetString());
        Assert.Equal(1, data.GetProperty("attempt").GetInt32());
        Assert.Equal(EngineActors.System, h.LastEffects.OfType<HistoryEvent>().Last(e => e.Type == "TaskReminded").User);

        var second = TimerOf(h, "caiwu1");
        Assert.NotEqual(first.TimerId, second.TimerId);
        Assert.Equal(Harness.T0.AddHours(48), second.DueAt);
        Fire(h, second);
        Assert.Equal(2, Assert.Single(h.LastEffects.OfType<TaskReminded>()).Attempt);
        Assert.DoesNotContain(h.State!.Timers, t => t.TaskTimeout?.TaskId == reminded.TaskId);
        Assert.Equal(2, h.State.Tasks.Count); // reminding never completes a task
        Assert.Equal(InstanceStatus.Running, h.Status);
    }

    [Fact]
    public void Remind_TaskCompletedByItsApprover_CancelsItsTimerOnly()
    {
        var h = Run("Process_Remind");
        var mine = TimerOf(h, "caiwu1");
        var other = TimerOf(h, "caiwu2");
        h.Run(new CompleteTask(h.State!.Tasks.Single(t => t.Assignee == "caiwu1").TaskId, "caiwu1", Outcome: "approve"));
        Assert.Contains(h.LastEffects, e => e is TimerCancelled c && c.TimerId == mine.TimerId);
        Assert.Equal([other.TimerId], h.State!.Timers.Select(t => t.TimerId));
        h.Run(new CompleteTask(h.State.Tasks.Single().TaskId, "caiwu2", Outcome: "approve"));
        Assert.Empty(h.State!.Timers);
        Assert.Equal(InstanceStatus.Completed, h.Status);
    }

    [Fact]
    public void AutoApprove_Sequential_EachApproverTimesOutInTurn_ApprovedAsSystem()
    {
        var h = Run("Process_AutoApprove");
        Fire(h, TimerOf(h, "caiwu1"));
        var completed = Assert.Single(h.LastEffects.OfType<TaskCompleted>());
        Assert.Equal((EngineActors.System, "approve"), (completed.User, completed.Outcome));
        Assert.Equal("timeout", HistoryData(h, "TaskCompleted").GetProperty("reason").GetString());
        Assert.Equal("approve", HistoryData(h, "TaskTimedOut").GetProperty("outcome").GetString());

        // The next approver's task gets its own deadline, counted from when it was created.
        var next = TimerOf(h, "caiwu2");
        Assert.Equal(h.Now.AddDays(3), next.DueAt);
        Fire(h, next);
        Assert.Equal(InstanceStatus.Completed, h.Status);
        Assert.Equal(1, h.CountHistory("ElementCompleted", "A_EndApproved"));
        Assert.Equal(2, h.State!.CompletedTasks.Count(t => t.User == EngineActors.System && t.Outcome == "approve"));
    }

    [Fact]
    public void AutoApprove_ApproverActsFirst_TimerNeverFires()
    {
        var h = Run("Process_AutoApprove");
        var timer = TimerOf(h, "caiwu1");
        h.Run(new CompleteTask(h.State!.Tasks.Single().TaskId, "caiwu1", Outcome: "reject"));
        Assert.Empty(h.State!.Timers);
        Assert.Equal(1, h.CountHistory("ElementCompleted", "A_EndRejected"));
        var ex = Assert.Throws<EngineException>(() => h.Run(new FireTimer(timer.TimerId)));
        Assert.Equal(EngineErrorCode.InstanceNotRunning, ex.Code);
    }

    [Fact]
    public void AutoReject_AnyMode_RejectsTheApproval_CancelsEveryOtherTaskAndTimer()
    {
        var h = Run("Process_AutoReject");
        Assert.Equal(4, h.State!.Timers.Count); // a reminder and a deadline per task
        Fire(h, TimerOf(h, "caiwu2", TaskTimeoutAction.Remind));
        Assert.Single(h.LastEffects.OfType<TaskReminded>());
        Fire(h, TimerOf(h, "caiwu2", TaskTimeoutAction.AutoReject));
        Assert.Equal(InstanceStatus.Completed, h.Status);
        Assert.Equal(1, h.CountHistory("ElementCompleted", "J_EndRejected"));
        Assert.Equal("reject", h.Var("J_Task_outcome").GetString());
        Assert.Contains(h.LastEffects, e => e is TaskCancelled);
        Assert.Empty(h.State!.Timers);
        Assert.Empty(h.State.Tasks);
    }

    [Fact]
    public void Timeout_TaskReturnedByModify_TimersGoWithIt()
    {
        var h = Run("Process_Remind");
        h.Run(new ModifyInstance(CancelElementIds: ["R_Task"], ActivateElementIds: ["R_End"], User: "admin"));
        Assert.Empty(h.State!.Timers);
        Assert.Equal(2, h.LastEffects.OfType<TimerCancelled>().Count());
    }
}
