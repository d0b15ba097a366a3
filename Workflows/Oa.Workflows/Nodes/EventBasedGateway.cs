using Oa.Workflows.Model;

namespace Oa.Workflows.Nodes;

public sealed partial class EventBasedGateway : Gateway
{
    public EventBasedGateway(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "eventBasedGateway";
}
