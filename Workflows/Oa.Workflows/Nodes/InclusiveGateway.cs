using Oa.Workflows.Model;

namespace Oa.Workflows.Nodes;

public sealed partial class InclusiveGateway : Gateway
{
    public InclusiveGateway(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "inclusiveGateway";
}
