using Oa.Workflows.Model;

namespace Oa.Workflows.Nodes;

public sealed partial class IntermediateCatchEvent : FlowNode
{
    public IntermediateCatchEvent(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "intermediateCatchEvent";

    public EventKind Kind { get; init; }

    public TimerDefinition? Timer { get; init; }

    public MessageDefinition? Message { get; init; }

    public IReadOnlyList<VariableMapping> Outputs { get; internal set; } = [];
}
