using Oa.Workflows.Model;

namespace Oa.Workflows.Nodes;

public sealed partial class ParallelGateway : Gateway
{
    public ParallelGateway(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "parallelGateway";
}
