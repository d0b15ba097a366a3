using Oa.Workflows.Model;
using Oa.Workflows.Nodes;

namespace Oa.Workflows.Runtime;

internal sealed partial class Execution
{
    private void Enter(Token token)
    {
        var node = NodeOf(token);
        History("ElementActivated", node, data: token.LoopCounter is { } n ? Data(("loopCounter", n)) : null);
        try
        {
            switch (node)
            {
                case StartEvent or BoundaryEvent: Complete(token); break;
                case EndEvent end: EnterEndEvent(token, end); break;
                case IntermediateThrowEvent th: EnterThrowEvent(token, th); break;
                case IntermediateCatchEvent c: EnterCatchEvent(token, c); break;
                case ExclusiveGateway g: EnterExclusiveGateway(token, g); break;
                case ParallelGateway g: EnterParallelGateway(token, g); break;
                case InclusiveGateway g: EnterInclusiveGateway(token, g); break;
                case EventBasedGateway g: EnterEventBasedGateway(token, g); break;
                case Activity a: EnterActivity(token, a); break;
                default: throw new ElementFailure("Unsupported", $"{node} cannot be executed.");
            }
        }
        catch (ElementFailure failure) when (FindToken(token.Id) is { } live)
        {
            RaiseIncident(live, failure.Kind, failure.Message);
        }
    }

    private void Complete(Token token) => Schedule(token with { State = TokenState.Completed, Via = null });

    // Uncontrolled flow out of events and activities: BPMN takes every outgoing sequence flow;
    // an element without outgoing flows is an implicit end.
    private void Leave(Token token)
    {
        var node = NodeOf(token);
        History("ElementCompleted", node);
        if (node.Outgoing.Count == 0) Consume(token);
        else TakeFlows(token, node.Outgoing);
    }

    // The first flow keeps the token, further flows fork new ones in the same scope.
    private void TakeFlows(Token token, IReadOnlyList<SequenceFlow> flows)
    {
        for (var i = 0; i < flows.Count; i++)
        {
            var f = flows[i];
            var next = i == 0
                ? token with { ElementId = f.Target.Id, State = TokenState.Ready, Via = f.Id, Locals = null, Loop = null, LoopCounter = null }
                : NewToken(f.Target, token.ParentId, TokenState.Ready, f.Id);
            Schedule(next);
        }
    }

    private void PassGateway(Token token, Gateway gateway, IReadOnlyList<SequenceFlow> flows)
    {
        History("ElementCompleted", gateway);
        TakeFlows(token, flows);
    }
}
