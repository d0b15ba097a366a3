using System.Collections.Immutable;
using Oa.Workflows.Nodes;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

// The IUserTaskPlanner hook: a plan turns one user task into a multi-instance over its assignees.
internal sealed partial class Execution
{
    private bool TryStartPlanned(Token token, UserTask task)
    {
        var planning = new PlanningContext(InstanceId, def.Key, head.BusinessKey, head.Initiator, Scope(token),
            CompletedThisRound(), ctx.Org, ctx.Evaluator, Now);
        // A planner exception (nobody to approve, org look-up down) is an incident on the task, like a
        // failed expression: the request is kept, admins see why, and ResolveIncident plans it again.
        UserTaskPlan? plan;
        try
        {
            plan = ctx.Planner!.Plan(task, planning);
        }
        catch (Exception ex) when (ex is not (ElementFailure or OutOfMemoryException))
        {
            throw new ElementFailure("PlanningFailed", $"Approvers of '{task.Id}' could not be planned: {ex.Message}");
        }
        if (plan is null) return false;
        if (pinnedApprovers.Remove(task.Id, out var pinned)) plan = plan with { Assignees = [pinned], AutoComplete = false };
        if (plan.AutoComplete || plan.Assignees.Count == 0)
        {
            var outcome = plan.AutoOutcome ?? "approve";
            History("TaskAutoCompleted", task, data: Data(("outcome", outcome)));
            WriteOutcome(token.ParentId, task, outcome);
            Complete(token);
            return true;
        }
        var approval = new ApprovalState(plan.Mode, plan.PassRatio, 0, 0, plan.Extensions.ToImmutableSortedDictionary(),
            plan.Timeouts is { Count: > 0 } timeouts ? [.. timeouts] : null);
        var items = plan.Assignees.Select(a => JsonValues.Of(a)).ToImmutableList();
        StartBody(token, task, new MultiInstanceState(items.Count, 0, 0, 0, items, null, approval), plan.Mode == ApproveMode.Sequential);
        return true;
    }

    // Returns the decided outcome once the approval is settled, else null.
    // A "reject" ends 会签/依次 at once; 或签 takes the first answer; a ratio settles as soon as it is
    // reached or can no longer be reached.
    private (Token Body, string? Decision) Decide(Token body, string? outcome)
    {
        var loop = body.Loop!;
        var rejected = string.Equals(outcome, "reject", StringComparison.OrdinalIgnoreCase);
        var approval = loop.Approval! with
        {
            Approved = loop.Approval!.Approved + (rejected ? 0 : 1),
            Rejected = loop.Approval.Rejected + (rejected ? 1 : 0),
        };
        body = body with { Loop = loop with { Approval = approval } };
        Put(body);
        decimal total = loop.Total;
        var decision = approval.Mode switch
        {
            ApproveMode.Any => rejected ? "reject" : outcome ?? "approve",
            ApproveMode.Ratio when approval.Approved / total >= (approval.PassRatio ?? 1m) => "approve",
            ApproveMode.Ratio when (total - approval.Rejected) / total < (approval.PassRatio ?? 1m) => "reject",
            ApproveMode.Ratio => null,
            _ when rejected => "reject",
            _ => loop.Completed == loop.Total ? "approve" : null,
        };
        return (body, decision);
    }

    private void AddApprover(AddAssignee command)
    {
        var task = tasks.FirstOrDefault(t => t.TaskId == command.TaskId)
            ?? throw new EngineException(EngineErrorCode.TaskNotFound, $"Task '{command.TaskId}' is not open in instance '{InstanceId}'.");
        var inner = FindToken(task.TokenId)!;
        if (!IsInner(inner) || Parent(inner) is not { Loop.Approval: { } approval } body)
            throw new EngineException(EngineErrorCode.InvalidCommand, $"Task '{command.TaskId}' is not part of a planned approval; approvers can only be added there.");
        var loop = body.Loop!;
        body = body with { Loop = loop with { Total = loop.Total + 1, Items = loop.Items.Add(JsonValues.Of(command.Assignee)) } };
        Put(body);
        var activity = (UserTask)NodeOf(body);
        History("AssigneeAdded", activity, command.User, Data(("taskId", task.TaskId), ("assignee", command.Assignee)));
        if (approval.Mode != ApproveMode.Sequential) SpawnInner(body, activity);
    }
}
