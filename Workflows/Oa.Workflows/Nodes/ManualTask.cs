using Oa.Workflows.Model;

namespace Oa.Workflows.Nodes;

// Done outside the engine; like Camunda 8 it passes straight through.
public sealed partial class ManualTask : Activity
{
    public ManualTask(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "manualTask";
}
