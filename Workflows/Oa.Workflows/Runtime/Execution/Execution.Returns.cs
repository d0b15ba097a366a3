using System.Collections.Immutable;
using Oa.Workflows.Approvals;
using Oa.Workflows.Nodes;

namespace Oa.Workflows.Runtime;

// 退回发起人 and 重新提交. While returned, the request has exactly one token: at the none start event, holding
// the initiator's task. The start event is where the initiator's form permissions live, so the host edits the
// form with them; resubmitting either leaves the start event again (rerun) or enters the returning node.
internal sealed partial class Execution
{
    private void ReturnToInitiatorCommand(ReturnToInitiator command)
    {
        var task = tasks.FirstOrDefault(t => t.TaskId == command.TaskId)
            ?? throw new EngineException(EngineErrorCode.TaskNotFound, $"Task '{command.TaskId}' is not open in instance '{InstanceId}'.");
        if (task.Returned is not null)
            throw new EngineException(EngineErrorCode.InvalidCommand, "The request is already back with its initiator.");
        if (string.IsNullOrEmpty(head.Initiator))
            throw new EngineException(EngineErrorCode.InvalidCommand, $"Instance '{InstanceId}' has no initiator to return it to.");
        var start = def.NoneStartEvent
            ?? throw new EngineException(EngineErrorCode.StartEventNotFound, $"Process '{def.Key}' has no none start event to return to.");
        var from = def.Node(task.ElementId);
        History("ReturnedToInitiator", from, command.User, Data(("taskId", task.TaskId), ("to", head.Initiator), ("resume", command.BackToReturner ? "returner" : "start")));
        // The whole request goes back, parallel branches included: what the initiator changes may alter every path.
        foreach (var token in ChildrenOf(null)) Cancel(token, "returned to initiator");
        var waiting = NewToken(start, null, TokenState.Active);
        Put(waiting);
        var extensions = ImmutableSortedDictionary<string, string>.Empty
            .Add(PlanExtensions.Actions, "resubmit,revoke")
            .Add(PlanExtensions.ReturnedFrom, task.ElementId);
        var bookmark = new TaskBookmark(NewId(), waiting.Id, start.Id, start.Name, head.Initiator, [], [], null, null, start.FormId, Now,
            Extensions: extensions, Returned: new ReturnedRequest(task.ElementId, command.BackToReturner));
        tasks.Add(bookmark);
        Effects.Add(new TaskCreated(new UserTaskInfo(bookmark.TaskId, InstanceId, start.Id, start.Name, head.Initiator, [], [], null, null, start.FormId, null, null, extensions)));
        History("TaskCreated", start, data: Data(("taskId", bookmark.TaskId), ("assignee", head.Initiator)));
    }

    private void ResubmitCommand(Resubmit command)
    {
        var index = tasks.FindIndex(t => t.TaskId == command.TaskId);
        if (index < 0)
        {
            if (completedTasks.Any(c => c.TaskId == command.TaskId))
                throw new EngineException(EngineErrorCode.TaskAlreadyCompleted, $"Task '{command.TaskId}' is already completed.");
            throw new EngineException(EngineErrorCode.TaskNotFound, $"Task '{command.TaskId}' is not open in instance '{InstanceId}'.");
        }
        var task = tasks[index];
        if (task.Returned is not { } returned)
            throw new EngineException(EngineErrorCode.InvalidCommand, $"Task '{command.TaskId}' is not a returned request; complete it instead.");
        ValidateVariables(command.Variables);
        tasks.RemoveAt(index);
        var token = FindToken(task.TokenId)!;
        var start = NodeOf(token);
        completedTasks.Add(new Ports.CompletedTask(task.TaskId, task.ElementId, command.User, ResubmitOutcome, Now));
        Effects.Add(new TaskCompleted(task.TaskId, task.ElementId, command.User, ResubmitOutcome));
        var returner = returned.BackToReturner ? def.Node(returned.FromElementId) : null;
        History("Resubmitted", start, command.User, Data(("taskId", task.TaskId), ("resume", returner?.Id ?? "start")));
        SetVariables(null, command.Variables, null);
        if (returner is null)
        {
            Complete(token); // leaves the start event along its flows: the whole path runs again
            return;
        }
        Remove(token);
        Schedule(NewToken(returner, EnsureScope(returner.Parent), TokenState.Ready));
    }

    private const string ResubmitOutcome = "resubmit";

    // Approver dedup looks at the current round only: after a resubmission everyone decides afresh.
    private ImmutableList<Ports.CompletedTask> CompletedThisRound()
    {
        var last = completedTasks.FindLastIndex(c => c.Outcome == ResubmitOutcome && def.Node(c.ElementId) is StartEvent);
        return last < 0 ? completedTasks.ToImmutable() : completedTasks.Skip(last + 1).ToImmutableList();
    }
}
