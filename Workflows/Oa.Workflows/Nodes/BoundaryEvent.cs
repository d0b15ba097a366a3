using Oa.Workflows.Model;

namespace Oa.Workflows.Nodes;

public sealed partial class BoundaryEvent : FlowNode
{
    public BoundaryEvent(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "boundaryEvent";

    public EventKind Kind { get; init; }

    public bool CancelActivity { get; init; } = true;

    public TimerDefinition? Timer { get; init; }

    public MessageDefinition? Message { get; init; }

    // Null on an error boundary event means "catch every error".
    public string? ErrorCode { get; init; }

    public Activity AttachedTo { get; internal set; } = null!;
}
