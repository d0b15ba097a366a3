using Oa.Workflows.Model;
using Oa.Workflows.Nodes;

namespace Oa.Workflows.Runtime;

// 撤回 by an approver. The host checks that nobody after them has acted; the engine cancels what their node's
// completion started (the paths reachable from it) and enters the node again with only that approver planned.
internal sealed partial class Execution
{
    // Element id → the one approver a re-entered planned node gets (read once by TryStartPlanned in this command).
    private readonly Dictionary<string, string> pinnedApprovers = new(StringComparer.Ordinal);

    private void ReopenTaskCommand(ReopenTask command)
    {
        var done = completedTasks.LastOrDefault(c => c.TaskId == command.TaskId)
            ?? throw new EngineException(EngineErrorCode.TaskNotFound, $"Task '{command.TaskId}' was not completed in instance '{InstanceId}'.");
        if (def.Node(done.ElementId) is not UserTask node || done.User is null)
            throw new EngineException(EngineErrorCode.InvalidCommand, $"Task '{command.TaskId}' is not an approver's task.");
        if (tasks.Any(t => t.ElementId == node.Id) || tokens.Any(t => t.ElementId == node.Id))
            throw new EngineException(EngineErrorCode.InvalidCommand, $"'{node.Name ?? node.Id}' is still open; there is nothing to withdraw yet.");
        var (elements, flows) = Downstream(node);
        // A token at a join is ours only if it arrived along a flow from this node; other arrivals stay parked.
        var moved = tokens.Where(t => !IsInner(t) && elements.Contains(t.ElementId)
            && (t.State != TokenState.Joining || (t.Via is not null && flows.Contains(t.Via)))).ToList();
        if (moved.Count == 0)
            throw new EngineException(EngineErrorCode.InvalidCommand, "The request has moved past a join or ended; it can no longer be withdrawn.");
        History("TaskReopened", node, command.User, Data(("taskId", done.TaskId), ("cancelled", moved.Select(t => t.ElementId).Distinct().ToArray())));
        foreach (var token in moved)
            if (FindToken(token.Id) is { } live) Cancel(live, "withdrawn by approver");
        pinnedApprovers[node.Id] = done.User;
        Schedule(NewToken(node, EnsureScope(node.Parent), TokenState.Ready));
    }

    // Elements and flows reachable from the node without passing a converging gateway: beyond a join, other
    // branches have contributed and the request cannot be pulled back cleanly.
    private static (HashSet<string> Elements, HashSet<string> Flows) Downstream(FlowNode node)
    {
        var elements = new HashSet<string>(StringComparer.Ordinal);
        var flows = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<FlowNode>([node]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var flow in current.Outgoing)
            {
                flows.Add(flow.Id);
                if (flow.Target == node || !elements.Add(flow.Target.Id)) continue;
                if (flow.Target is Gateway { IsJoin: true } and (ParallelGateway or InclusiveGateway)) continue;
                queue.Enqueue(flow.Target);
            }
        }
        return (elements, flows);
    }
}
