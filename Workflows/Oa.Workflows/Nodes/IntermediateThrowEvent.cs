using Oa.Workflows.Model;

namespace Oa.Workflows.Nodes;

public sealed partial class IntermediateThrowEvent : FlowNode
{
    public IntermediateThrowEvent(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "intermediateThrowEvent";

    public EventKind Kind { get; init; }

    public MessageDefinition? Message { get; init; }
}
