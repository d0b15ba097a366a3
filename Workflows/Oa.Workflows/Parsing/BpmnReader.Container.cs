using System.Xml.Linq;
using Oa.Workflows.Model;
using Oa.Workflows.Nodes;

namespace Oa.Workflows.Parsing;

internal sealed partial class BpmnReader
{
    internal static readonly HashSet<string> FlowElementNames =
    [
        "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent",
        "task", "userTask", "serviceTask", "sendTask", "receiveTask", "manualTask", "businessRuleTask", "scriptTask",
        "subProcess", "callActivity", "transaction", "adHocSubProcess",
        "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway",
    ];

    // Accepted and ignored: they describe the model, they do not execute.
    private static readonly HashSet<string> NonExecutable =
    [
        "laneSet", "lane", "textAnnotation", "association", "group", "dataObject", "dataObjectReference",
        "dataStoreReference", "documentation", "extensionElements", "ioSpecification", "property", "auditing",
        "monitoring", "category", "dataInput", "dataOutput", "inputSet", "outputSet", "resourceRole", "performer",
        "humanPerformer", "potentialOwner", "correlationSubscription", "supports",
        // an activity's own children, read by the activity itself
        "multiInstanceLoopCharacteristics", "standardLoopCharacteristics", "dataInputAssociation", "dataOutputAssociation",
    ];

    private static readonly Dictionary<string, string> Unsupported = new()
    {
        ["scriptTask"] = "script tasks are not supported: no scripts inside models (security)",
        ["complexGateway"] = "complex gateways are not supported",
        ["transaction"] = "transaction sub-processes are not supported",
        ["adHocSubProcess"] = "ad-hoc sub-processes are not supported",
        ["choreographyTask"] = "choreographies are not executable",
    };

    private readonly HashSet<string> skipped = new(StringComparer.Ordinal);

    // The ids of the current process's nodes in every scope (the nodes are in `all`): a set, so checking each new id
    // against them stays linear in the size of the model.
    private readonly HashSet<string> allIds = new(StringComparer.Ordinal);

    internal HashSet<string> Truncated { get; } = new(StringComparer.Ordinal);

    private List<FlowNode> ReadContainer(XElement container, SubProcess? parent, List<FlowNode> all, List<SequenceFlow> flows)
    {
        var local = new Dictionary<string, FlowNode>(StringComparer.Ordinal);
        var boundaries = new List<(BoundaryEvent Node, XElement Xml)>();
        var flowXml = new List<XElement>();
        foreach (var e in container.Elements())
        {
            if (e.Name.Namespace != Bpmn) continue; // foreign (vendor) elements carry no semantics for us
            var name = e.Name.LocalName;
            if (name == "sequenceFlow") { flowXml.Add(e); continue; }
            if (NonExecutable.Contains(name) || name is "incoming" or "outgoing") continue;
            if (Id(e) is { } skippedId) skipped.Add(skippedId);
            if (Unsupported.TryGetValue(name, out var reason)) { Report(e, $"Unsupported element {name}: {reason}."); continue; }
            if (!FlowElementNames.Contains(name)) { Report(e, $"Unsupported element {name}."); continue; }
            if (Id(e) is not { } id) { Report(e, $"{name} has no id."); continue; }
            var node = ReadNode(e, all, flows);
            if (node is null) continue;
            skipped.Remove(id);
            node.Parent = parent;
            if (!local.TryAdd(id, node) || !allIds.Add(id)) { Report(e, $"Duplicate id '{id}'."); continue; }
            all.Add(node);
            if (node is BoundaryEvent b) boundaries.Add((b, e));
        }
        foreach (var (boundary, e) in boundaries)
        {
            var attached = (string?)e.Attribute("attachedToRef");
            if (attached is not null && skipped.Contains(attached)) continue; // its activity was rejected already
            if (attached is null || !local.TryGetValue(attached, out var host) || host is not Activity activity)
            {
                Report(e, $"Boundary event is attached to '{attached}', which is not an activity in the same scope.");
                continue;
            }
            boundary.AttachedTo = activity;
            activity.BoundaryEvents = [.. activity.BoundaryEvents, boundary];
        }
        LinkFlows(flowXml, local, all, flows);
        foreach (var e in container.Elements())
        {
            if (Id(e) is not { } id || !local.TryGetValue(id, out var node) || (string?)e.Attribute("default") is not { } flowId) continue;
            var flow = node.Outgoing.FirstOrDefault(f => f.Id == flowId);
            if (node is not Gateway gateway) Report(e, "Default flows are only supported on exclusive and inclusive gateways.");
            else if (flow is null) Report(e, $"Default flow '{flowId}' is not an outgoing flow of the gateway.");
            else
            {
                gateway.Default = flow;
                flow.IsDefault = true;
            }
        }
        return local.Values.ToList();
    }

    private void LinkFlows(List<XElement> flowXml, Dictionary<string, FlowNode> local, List<FlowNode> all, List<SequenceFlow> flows)
    {
        var incoming = new Dictionary<FlowNode, List<SequenceFlow>>();
        var outgoing = new Dictionary<FlowNode, List<SequenceFlow>>();
        foreach (var e in flowXml)
        {
            var id = Id(e);
            var source = (string?)e.Attribute("sourceRef");
            var target = (string?)e.Attribute("targetRef");
            if (id is null) { Report(e, "Sequence flow has no id."); continue; }
            if (!Resolve(e, source, "source", local, all, out var from) | !Resolve(e, target, "target", local, all, out var to)) continue;
            var conditionXml = e.Element(Bpmn + "conditionExpression");
            var condition = conditionXml is null ? null : Feel(e, conditionXml.Value, "condition");
            if (conditionXml is not null && condition is null && !string.IsNullOrWhiteSpace(conditionXml.Value)) continue;
            var flow = new SequenceFlow(id, (string?)e.Attribute("name"), from!, to!, condition, Line(e));
            flows.Add(flow);
            (outgoing.TryGetValue(from!, out var o) ? o : outgoing[from!] = []).Add(flow);
            (incoming.TryGetValue(to!, out var i) ? i : incoming[to!] = []).Add(flow);
        }
        foreach (var (node, list) in outgoing) node.Outgoing = list;
        foreach (var (node, list) in incoming) node.Incoming = list;
    }

    private bool Resolve(XElement flow, string? id, string end, Dictionary<string, FlowNode> local, List<FlowNode> all, out FlowNode? node)
    {
        if (id is not null && local.TryGetValue(id, out node)) return true;
        node = null;
        if (id is not null && skipped.Contains(id))
        {
            // Already reported on the element itself; remember the cut so validation does not pile on.
            if ((string?)flow.Attribute("sourceRef") is { } source) Truncated.Add(source);
            return false;
        }
        Report(flow, id is null ? $"Sequence flow has no {end}Ref."
            : all.Any(n => n.Id == id) ? $"Sequence flow {end} '{id}' lies in another scope: flows may not cross sub-process boundaries."
            : $"Sequence flow {end} '{id}' does not exist (or is not a supported flow node).");
        return false;
    }
}
