using Oa.Workflows.Model;

namespace Oa.Workflows.Nodes;

public sealed partial class EndEvent : FlowNode
{
    public EndEvent(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "endEvent";

    public EventKind Kind { get; init; }

    public string? ErrorCode { get; init; }

    public MessageDefinition? Message { get; init; }
}
