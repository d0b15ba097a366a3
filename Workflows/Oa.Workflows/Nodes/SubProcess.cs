using Oa.Workflows.Model;

namespace Oa.Workflows.Nodes;

public sealed partial class SubProcess : Activity
{
    public SubProcess(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "subProcess";

    public IReadOnlyList<FlowNode> Nodes { get; internal set; } = [];

    public StartEvent? StartEvent { get; internal set; }
}
