using Oa.Workflows.Model;

namespace Oa.Workflows.Nodes;

public sealed partial class ReceiveTask : Activity
{
    public ReceiveTask(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "receiveTask";

    public MessageDefinition Message { get; init; } = null!;
}
