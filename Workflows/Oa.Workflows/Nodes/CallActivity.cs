using Oa.Workflows.Model;

namespace Oa.Workflows.Nodes;

public sealed partial class CallActivity : Activity
{
    public CallActivity(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "callActivity";

    public Expression CalledElement { get; init; } = null!;

    public bool PropagateAllChildVariables { get; init; } = true;

    public bool PropagateAllParentVariables { get; init; } = true;
}
