using System.Collections.Immutable;
using Oa.Workflows.Nodes;

namespace Oa.Workflows.Runtime;

internal sealed partial class Execution
{
    private static readonly ImmutableSortedDictionary<string, string> NoExtensions = ImmutableSortedDictionary<string, string>.Empty;

    private void CreateUserTask(Token token, UserTask task)
    {
        var body = IsInner(token) ? Parent(token) : null;
        var approval = body?.Loop?.Approval;
        string? assignee;
        ImmutableList<string> users, groups;
        if (approval is not null)
        {
            // Planned approval: one task per planned assignee, the model's assignment is superseded.
            assignee = JsonValues.AsText(body!.Loop!.Items[token.LoopCounter!.Value - 1]);
            users = [];
            groups = [];
        }
        else
        {
            assignee = EvalText(task.Assignee, token, "assignee");
            users = EvalList(task.CandidateUsers, token, "candidate users");
            groups = EvalList(task.CandidateGroups, token, "candidate groups");
        }
        var due = EvalDate(task.DueDate, token, "due date");
        var followUp = EvalDate(task.FollowUpDate, token, "follow-up date");
        var extensions = approval?.Extensions ?? NoExtensions;
        var bookmark = new TaskBookmark(NewId(), token.Id, task.Id, task.Name, string.IsNullOrEmpty(assignee) ? null : assignee,
            users, groups, due, followUp, task.FormId, Now, token.LoopCounter, body?.Loop?.Total, approval is null ? null : extensions);
        tasks.Add(bookmark);
        Effects.Add(new TaskCreated(new UserTaskInfo(bookmark.TaskId, InstanceId, task.Id, task.Name, bookmark.Assignee,
            users, groups, due, followUp, task.FormId, token.LoopCounter, bookmark.LoopTotal, extensions)));
        History("TaskCreated", task, data: Data(("taskId", bookmark.TaskId), ("assignee", bookmark.Assignee), ("candidateUsers", users), ("candidateGroups", groups)));
        ScheduleTaskTimeouts(token, bookmark, approval);
    }

    // Reason is set when the engine completes the task itself ("timeout"); history then says so.
    private void CompleteUserTask(CompleteTask command, string? reason = null)
    {
        var index = tasks.FindIndex(t => t.TaskId == command.TaskId);
        if (index < 0)
        {
            if (completedTasks.Any(c => c.TaskId == command.TaskId))
                throw new EngineException(EngineErrorCode.TaskAlreadyCompleted, $"Task '{command.TaskId}' is already completed.");
            throw new EngineException(EngineErrorCode.TaskNotFound, $"Task '{command.TaskId}' is not open in instance '{InstanceId}'.");
        }
        ValidateVariables(command.Variables);
        var task = tasks[index];
        if (task.Returned is not null)
            throw new EngineException(EngineErrorCode.InvalidCommand, $"Task '{task.TaskId}' is a returned request; resubmit or cancel it.");
        tasks.RemoveAt(index);
        var token = FindToken(task.TokenId)!;
        var node = NodeOf(token);
        completedTasks.Add(new Ports.CompletedTask(task.TaskId, task.ElementId, command.User, command.Outcome, Now));
        Effects.Add(new TaskCompleted(task.TaskId, task.ElementId, command.User, command.Outcome));
        History("TaskCompleted", node, command.User, reason is null
            ? Data(("taskId", task.TaskId), ("outcome", command.Outcome))
            : Data(("taskId", task.TaskId), ("outcome", command.Outcome), ("reason", reason)));
        var rejected = string.Equals(command.Outcome, "reject", StringComparison.OrdinalIgnoreCase);
        if (task.SignFor is { } holder && !rejected)
        {
            HandBack(task, holder, token, command.Variables);
            return;
        }
        var planned = IsInner(token) && Parent(token)?.Loop?.Approval is not null;
        if (command.Outcome is not null && !planned) WriteOutcome(token.ParentId, node, command.Outcome);
        CompleteActivity(token, command.Variables, outcome: command.Outcome);
        if (!rejected) SpawnSignerAfter(task, token);
    }

    private void AssignUserTask(AssignTask command)
    {
        var index = tasks.FindIndex(t => t.TaskId == command.TaskId);
        if (index < 0) throw new EngineException(EngineErrorCode.TaskNotFound, $"Task '{command.TaskId}' is not open in instance '{InstanceId}'.");
        var task = tasks[index];
        var assignee = string.IsNullOrEmpty(command.Assignee) ? null : command.Assignee;
        tasks[index] = task with { Assignee = assignee };
        Effects.Add(new TaskAssigned(task.TaskId, task.ElementId, task.Assignee, assignee, command.User));
        History("TaskAssigned", def.Node(task.ElementId), command.User, Data(("taskId", task.TaskId), ("from", task.Assignee), ("to", assignee)));
    }

    // Gateways route on the outcome: "<elementId>_outcome" and "lastOutcome".
    private void WriteOutcome(string? scopeId, Model.FlowNode node, string outcome)
    {
        SetVariable(scopeId, node.Id + "_outcome", JsonValues.Of(outcome));
        SetVariable(scopeId, "lastOutcome", JsonValues.Of(outcome));
    }
}
