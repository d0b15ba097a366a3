using Oa.Workflows.Nodes;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

// 加签 before/after and 减签 on a planned approval (AddApprover in Execution.Approvals is the parallel 加签).
internal sealed partial class Execution
{
    private void AddSignerCommand(AddSigner command)
    {
        var index = OpenTaskIndex(command.TaskId);
        var task = tasks[index];
        if (task.Returned is not null || task.Assignee is null)
            throw new EngineException(EngineErrorCode.InvalidCommand, $"Task '{task.TaskId}' has no holder to add a signer for.");
        if (string.Equals(task.Assignee, command.Signer, StringComparison.OrdinalIgnoreCase))
            throw new EngineException(EngineErrorCode.InvalidCommand, "The signer already holds the task.");
        var node = def.Node(task.ElementId);
        if (command.Position == SignerPosition.Before)
        {
            if (task.SignFor is not null)
                throw new EngineException(EngineErrorCode.InvalidCommand, $"Task '{task.TaskId}' already waits for a signer.");
            tasks[index] = task with { Assignee = command.Signer, SignFor = task.Assignee };
            Effects.Add(new TaskAssigned(task.TaskId, task.ElementId, task.Assignee, command.Signer, command.User));
            History("SignerAddedBefore", node, command.User, Data(("taskId", task.TaskId), ("assignee", command.Signer), ("for", task.Assignee)));
            return;
        }
        var (body, approval) = PlannedBody(task);
        if (approval.Mode is not (ApproveMode.All or ApproveMode.Sequential))
            throw new EngineException(EngineErrorCode.InvalidCommand, "后加签 needs a 会签 (all) or 依次 (sequential) node: in 或签 and ratio nodes one answer may settle it.");
        if (task.SignerAfter is not null)
            throw new EngineException(EngineErrorCode.InvalidCommand, $"Task '{task.TaskId}' already has a signer after it.");
        var loop = body.Loop!;
        var item = JsonValues.Of(command.Signer);
        // 依次 reads its queue at NextIndex, so the signer is next in line; 会签 appends and spawns when this task is approved.
        var sequential = approval.Mode == ApproveMode.Sequential;
        Put(body with { Loop = loop with { Total = loop.Total + 1, Items = sequential ? loop.Items.Insert(loop.NextIndex, item) : loop.Items.Add(item) } });
        if (!sequential) tasks[index] = task with { SignerAfter = command.Signer };
        History("SignerAddedAfter", node, command.User, Data(("taskId", task.TaskId), ("assignee", command.Signer), ("after", task.Assignee)));
    }

    private void RemoveSignerCommand(RemoveSigner command)
    {
        var task = tasks[OpenTaskIndex(command.TaskId)];
        var (body, approval) = PlannedBody(task);
        if (approval.Mode is not (ApproveMode.All or ApproveMode.Sequential))
            throw new EngineException(EngineErrorCode.InvalidCommand, "减签 applies to 会签 (all) and 依次 (sequential) nodes.");
        if (string.Equals(task.Assignee, command.Signer, StringComparison.OrdinalIgnoreCase))
            throw new EngineException(EngineErrorCode.InvalidCommand, "You cannot remove yourself; transfer or return the task instead.");
        var loop = body.Loop!;
        var open = tasks.FirstOrDefault(t => string.Equals(t.Assignee, command.Signer, StringComparison.OrdinalIgnoreCase) && FindToken(t.TokenId)?.ParentId == body.Id);
        if (open is not null)
        {
            Cancel(FindToken(open.TokenId)!, "signer removed");
            loop = loop with { Total = loop.Total - 1, Active = loop.Active - 1 };
        }
        else
        {
            var at = -1;
            for (var j = loop.NextIndex; j < loop.Items.Count && at < 0; j++)
                if (string.Equals(JsonValues.AsText(loop.Items[j]), command.Signer, StringComparison.OrdinalIgnoreCase)) at = j;
            if (at < 0) throw new EngineException(EngineErrorCode.InvalidCommand, $"'{command.Signer}' is not waiting to approve at this node.");
            loop = loop with { Total = loop.Total - 1, Items = loop.Items.RemoveAt(at) };
            for (var i = 0; i < tasks.Count; i++)
                if (string.Equals(tasks[i].SignerAfter, command.Signer, StringComparison.OrdinalIgnoreCase) && FindToken(tasks[i].TokenId)?.ParentId == body.Id)
                    tasks[i] = tasks[i] with { SignerAfter = null };
        }
        Put(body with { Loop = loop });
        History("SignerRemoved", def.Node(task.ElementId), command.User, Data(("taskId", task.TaskId), ("assignee", command.Signer)));
    }

    // 前加签: the signer approved, so the task comes back to its holder as a new task (the signer's stays completed).
    private void HandBack(TaskBookmark signed, string holder, Token token, IReadOnlyDictionary<string, System.Text.Json.JsonElement>? values)
    {
        var node = NodeOf(token);
        SetVariables(token.ParentId, values, node);
        var back = signed with { TaskId = NewId(), Assignee = holder, SignFor = null, CreatedAt = Now };
        tasks.Add(back);
        // The node's timeouts keep running for the node; from now on they watch the holder's task.
        for (var i = 0; i < timers.Count; i++)
            if (timers[i].TaskTimeout is { } t && t.TaskId == signed.TaskId) timers[i] = timers[i] with { TaskTimeout = t with { TaskId = back.TaskId } };
        Effects.Add(new TaskCreated(new UserTaskInfo(back.TaskId, InstanceId, back.ElementId, back.Name, holder, back.CandidateUsers, back.CandidateGroups,
            back.DueDate, back.FollowUpDate, back.FormId, back.LoopCounter, back.LoopTotal, back.Extensions ?? NoExtensions)));
        History("TaskCreated", node, data: Data(("taskId", back.TaskId), ("assignee", holder), ("signedBy", signed.Assignee)));
    }

    // 后加签 in a 会签: once the holder approved, the signer's task starts (their item is moved to the front of the queue).
    private void SpawnSignerAfter(TaskBookmark approved, Token inner)
    {
        if (approved.SignerAfter is not { } signer || FindToken(inner.ParentId!) is not { Loop: { } loop } body) return;
        var at = -1;
        for (var j = loop.NextIndex; j < loop.Items.Count && at < 0; j++)
            if (string.Equals(JsonValues.AsText(loop.Items[j]), signer, StringComparison.OrdinalIgnoreCase)) at = j;
        if (at < 0) return; // removed again (减签) meanwhile
        var items = loop.Items.RemoveAt(at).Insert(loop.NextIndex, loop.Items[at]);
        body = body with { Loop = loop with { Items = items } };
        Put(body);
        SpawnInner(body, (UserTask)NodeOf(body));
    }

    private int OpenTaskIndex(string taskId)
    {
        var index = tasks.FindIndex(t => t.TaskId == taskId);
        return index >= 0 ? index : throw new EngineException(EngineErrorCode.TaskNotFound, $"Task '{taskId}' is not open in instance '{InstanceId}'.");
    }

    private (Token Body, ApprovalState Approval) PlannedBody(TaskBookmark task)
    {
        var inner = FindToken(task.TokenId)!;
        if (IsInner(inner) && Parent(inner) is { Loop.Approval: { } approval } body) return (body, approval);
        throw new EngineException(EngineErrorCode.InvalidCommand, $"Task '{task.TaskId}' is not part of a planned approval.");
    }
}
