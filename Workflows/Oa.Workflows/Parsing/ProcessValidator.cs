using Oa.Workflows.Approvals;
using Oa.Workflows.Model;
using Oa.Workflows.Nodes;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Parsing;

// Structural rules checked once the graph is linked; each problem names the element and its line.
internal sealed class ProcessValidator(ProcessDefinition process, List<BpmnProblem> problems, int? processLine, IReadOnlySet<string> truncated,
    IExpressionEvaluator evaluator)
{
    // oa:approval is part of the model: a bad policy is a deploy error like a bad timer, not a run-time surprise.
    private readonly ApprovalPolicyParser approvals = ReferenceEquals(evaluator, FeelExpressionEvaluator.Instance) ? ApprovalPolicyParser.Default : new(evaluator);

    public void Validate(bool checkReachability)
    {
        if (process.StartEvents.Count == 0) problems.Add(new BpmnProblem(process.Key, processLine, "Process has no start event."));
        if (process.StartEvents.Count(s => s.Kind == EventKind.None) > 1) problems.Add(new BpmnProblem(process.Key, processLine, "Process has more than one none start event."));
        foreach (var node in process.Nodes) Check(node);
        foreach (var (elementId, message) in approvals.Validate(process))
            problems.Add(new BpmnProblem(elementId, process.Node(elementId)?.Line, message));
        foreach (var flow in process.Flows)
        {
            if (flow.Condition is not null && flow.Source is not (ExclusiveGateway or InclusiveGateway))
                problems.Add(new BpmnProblem(flow.Id, flow.Line, $"Conditional flow out of {flow.Source}: conditions are only supported after exclusive or inclusive gateways."));
        }
        // Skipped after other problems: a rejected element cuts paths and would only add noise.
        if (checkReachability) CheckReachability();
    }

    private void Check(FlowNode node)
    {
        switch (node)
        {
            case StartEvent when node.Incoming.Count > 0:
                Report(node, "A start event cannot have incoming sequence flows."); break;
            case StartEvent s when s.Parent is not null && s.Kind != EventKind.None:
                Report(node, "Only none start events are allowed inside an embedded sub-process."); break;
            case EndEvent when node.Outgoing.Count > 0:
                Report(node, "An end event cannot have outgoing sequence flows."); break;
            case BoundaryEvent when node.Incoming.Count > 0:
                Report(node, "A boundary event cannot have incoming sequence flows."); break;
            case Gateway g when !truncated.Contains(g.Id):
                CheckGateway(g); break;

        }
    }

    private void CheckGateway(Gateway gateway)
    {
        if (gateway.Outgoing.Count == 0)
        {
            Report(gateway, "Gateway has no outgoing sequence flow.");
            return;
        }
        if (gateway is ExclusiveGateway or InclusiveGateway && gateway.Outgoing.Count > 1)
        {
            foreach (var flow in gateway.Outgoing)
            {
                if (flow != gateway.Default && flow.Condition is null)
                    problems.Add(new BpmnProblem(flow.Id, flow.Line, $"Flow out of {gateway} has neither a condition nor is it the default flow."));
            }
        }
        if (gateway is EventBasedGateway)
        {
            if (gateway.Outgoing.Count < 2) Report(gateway, "An event-based gateway needs at least two outgoing flows.");
            foreach (var flow in gateway.Outgoing)
            {
                if (flow.Target is not IntermediateCatchEvent || flow.Target.Incoming.Count != 1)
                    Report(gateway, $"Event-based gateway target '{flow.Target.Id}' must be a timer or message intermediate catch event with no other incoming flow.");
            }
        }
    }

    // Every node must be reachable from its scope's start events (boundary events through their activity).
    private void CheckReachability()
    {
        var reached = new HashSet<FlowNode>();
        var roots = process.StartEvents.Cast<FlowNode>()
            .Concat(process.Nodes.OfType<SubProcess>().Where(s => s.StartEvent is not null).Select(s => (FlowNode)s.StartEvent!));
        foreach (var start in roots)
        {
            reached.Add(start);
            foreach (var n in process.Nodes)
                if (process.CanReach(start, n)) reached.Add(n);
        }
        foreach (var node in process.Nodes)
        {
            if (!reached.Contains(node)) Report(node, "Unreachable: no path from a start event leads here.");
        }
    }

    private void Report(FlowNode node, string message) => problems.Add(new BpmnProblem(node.Id, node.Line, message));
}
