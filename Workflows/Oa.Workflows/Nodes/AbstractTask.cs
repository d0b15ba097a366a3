using Oa.Workflows.Model;

namespace Oa.Workflows.Nodes;

// bpmn:task without a type: Camunda 8 runs it as a pass-through.
public sealed partial class AbstractTask : Activity
{
    public AbstractTask(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "task";
}
