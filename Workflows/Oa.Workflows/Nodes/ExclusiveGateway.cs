using Oa.Workflows.Model;

namespace Oa.Workflows.Nodes;

public sealed partial class ExclusiveGateway : Gateway
{
    public ExclusiveGateway(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "exclusiveGateway";
}
