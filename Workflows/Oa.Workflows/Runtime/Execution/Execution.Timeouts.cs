using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

// oa:timeout on planned approval tasks: real timers owned by the task's token, so they close with
// the task (completed, cancelled, returned, interrupted) like any other wait of that token.
internal sealed partial class Execution
{
    private void ScheduleTaskTimeouts(Token token, TaskBookmark task, ApprovalState? approval)
    {
        if (approval?.Timeouts is not { Count: > 0 } timeouts) return;
        foreach (var timeout in timeouts)
        {
            if (!Iso8601.TryParseDuration(timeout.Duration, out var every))
                throw new ElementFailure("TimerFailed", $"Timeout of '{task.ElementId}': '{timeout.Duration}' is not an ISO-8601 duration.");
            var remind = timeout.Action == TaskTimeoutAction.Remind;
            AddTimer(new TimerBookmark(NewId(), token.Id, task.ElementId, every.AddTo(Now), remind ? timeout.Duration : null, null,
                new TaskTimeoutTimer(task.TaskId, timeout.Action, 0, Math.Max(1, timeout.Repeat))));
        }
    }

    private void AddTimer(TimerBookmark timer)
    {
        timers.Add(timer);
        Effects.Add(new TimerScheduled(timer.TimerId, InstanceId, timer.ElementId, timer.DueAt, timer.Cycle));
    }

    private void FireTaskTimeout(TimerBookmark timer, TaskTimeoutTimer timeout)
    {
        var task = tasks.FirstOrDefault(t => t.TaskId == timeout.TaskId);
        var node = def.Node(timer.ElementId);
        if (task is null) return; // cannot happen while the timer lives with the task's token; nothing to do then
        if (timeout.Action == TaskTimeoutAction.Remind)
        {
            var attempt = timeout.Attempt + 1;
            Effects.Add(new TaskReminded(task.TaskId, InstanceId, task.ElementId, task.Assignee, task.CandidateUsers, task.CandidateGroups, attempt, timeout.Repeat));
            History("TaskReminded", node, EngineActors.System, Data(("taskId", task.TaskId), ("assignee", task.Assignee),
                ("candidateUsers", task.CandidateUsers), ("candidateGroups", task.CandidateGroups), ("attempt", attempt), ("repeat", timeout.Repeat)));
            // A new id per reminder: a host keys timer rows by id, and the fired one is gone.
            if (attempt < timeout.Repeat && Iso8601.TryParseDuration(timer.Cycle ?? "", out var every))
                AddTimer(timer with { TimerId = NewId(), DueAt = every.AddTo(timer.DueAt), TaskTimeout = timeout with { Attempt = attempt } });
            return;
        }
        var outcome = timeout.Action == TaskTimeoutAction.AutoApprove ? "approve" : "reject";
        History("TaskTimedOut", node, EngineActors.System, Data(("taskId", task.TaskId), ("action", timeout.Action.ToString()), ("outcome", outcome)));
        CompleteUserTask(new CompleteTask(task.TaskId, EngineActors.System, null, outcome), "timeout");
    }
}
