using Oa.Workflows.Model;
using Oa.Workflows.Nodes;

namespace Oa.Workflows.Runtime;

internal sealed partial class Execution
{
    // BPMN 13.4.2: "A diverging Exclusive Gateway … the first condition that evaluates to true is
    // selected"; if none holds the default flow is taken, and without one it is an exception (an incident).
    // Converging, it "is used to merge alternative paths": every arriving token passes.
    private void EnterExclusiveGateway(Token token, ExclusiveGateway gateway)
    {
        foreach (var flow in gateway.Outgoing)
        {
            if (flow == gateway.Default) continue;
            if (flow.Condition is null || EvalCondition(flow.Condition, token))
            {
                PassGateway(token, gateway, [flow]);
                return;
            }
        }
        if (gateway.Default is null)
            throw new ElementFailure("NoFlowSelected", $"No condition of exclusive gateway '{gateway.Id}' holds and it has no default flow.");
        PassGateway(token, gateway, [gateway.Default]);
    }

    // BPMN 13.4.3: the parallel join "waits for a token on each incoming sequence flow" and consumes
    // exactly one from each; the split sends a token down every outgoing flow.
    private void EnterParallelGateway(Token token, ParallelGateway gateway)
    {
        if (!gateway.IsJoin)
        {
            PassGateway(token, gateway, gateway.Outgoing);
            return;
        }
        Put(token with { State = TokenState.Joining });
        var arrivals = new List<Token>(gateway.Incoming.Count);
        foreach (var incoming in gateway.Incoming)
        {
            var arrived = tokens.FirstOrDefault(t => t.ElementId == gateway.Id && t.State == TokenState.Joining && t.ParentId == token.ParentId && t.Via == incoming.Id);
            if (arrived is null) return;
            arrivals.Add(arrived);
        }
        Merge(token, gateway, arrivals, gateway.Outgoing);
    }

    // BPMN 13.4.4 inclusive split: every flow whose condition holds; none → default; neither → incident.
    private void EnterInclusiveGateway(Token token, InclusiveGateway gateway)
    {
        if (gateway.IsJoin)
        {
            Put(token with { State = TokenState.Joining });
            TryFireInclusive(gateway, token.ParentId);
            return;
        }
        PassGateway(token, gateway, SelectInclusive(token, gateway));
    }

    private List<SequenceFlow> SelectInclusive(Token token, InclusiveGateway gateway)
    {
        var selected = gateway.Outgoing.Where(f => f != gateway.Default && (f.Condition is null || EvalCondition(f.Condition, token))).ToList();
        if (selected.Count == 0 && gateway.Default is not null) selected.Add(gateway.Default);
        if (selected.Count == 0)
            throw new ElementFailure("NoFlowSelected", $"No condition of inclusive gateway '{gateway.Id}' holds and it has no default flow.");
        return selected;
    }

    private bool TryFireInclusiveJoin()
    {
        foreach (var t in tokens)
        {
            if (t.State == TokenState.Joining && def.Node(t.ElementId) is InclusiveGateway g && TryFireInclusive(g, t.ParentId))
                return true;
        }
        return false;
    }

    // BPMN 13.4.4 inclusive join: activated when every incoming flow that can still receive a token
    // has one — i.e. no other token in the same scope can reach the gateway any more.
    private bool TryFireInclusive(InclusiveGateway gateway, string? scopeId)
    {
        var waiting = tokens.Where(t => t.ElementId == gateway.Id && t.State == TokenState.Joining && t.ParentId == scopeId).ToList();
        if (waiting.Count == 0) return false;
        foreach (var other in tokens)
        {
            if (other.ElementId == gateway.Id && other.State == TokenState.Joining) continue;
            var lifted = other;
            while (lifted is not null && lifted.ParentId != scopeId) lifted = Parent(lifted);
            if (lifted is null) continue;
            var at = NodeOf(lifted);
            if (at == gateway || def.CanReach(at, gateway)) return false;
        }
        var arrivals = gateway.Incoming.Select(f => waiting.FirstOrDefault(t => t.Via == f.Id)).OfType<Token>().ToList();
        if (arrivals.Count == 0) arrivals.Add(waiting[0]);
        var survivor = arrivals[0];
        Merge(survivor, gateway, arrivals, SelectInclusive(survivor, gateway));
        return true;
    }

    private void Merge(Token survivor, Gateway gateway, List<Token> arrivals, IReadOnlyList<SequenceFlow> outgoing)
    {
        foreach (var a in arrivals)
            if (a.Id != survivor.Id) Remove(a);
        PassGateway(survivor with { State = TokenState.Completed }, gateway, outgoing);
    }

    // BPMN 13.4.5: the event-based gateway waits for the first of its following events; the others are withdrawn.
    private void EnterEventBasedGateway(Token token, EventBasedGateway gateway)
    {
        var waiting = token with { State = TokenState.Active };
        Put(waiting);
        foreach (var flow in gateway.Outgoing)
        {
            if (flow.Target is not IntermediateCatchEvent c) continue;
            if (c.Kind == EventKind.Timer) OpenTimer(waiting, c.Id, c.Timer!, null);
            else OpenSubscription(waiting, c.Id, c.Message!, waiting);
        }
    }
}
