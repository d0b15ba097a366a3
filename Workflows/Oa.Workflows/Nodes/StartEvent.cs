using Oa.Workflows.Model;

namespace Oa.Workflows.Nodes;

public sealed partial class StartEvent : FlowNode
{
    public StartEvent(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "startEvent";

    public EventKind Kind { get; init; }

    public TimerDefinition? Timer { get; init; }

    public MessageDefinition? Message { get; init; }

    // zeebe:formDefinition formId / formKey on the start event: the form the initiator fills.
    public string? FormId { get; init; }
}
