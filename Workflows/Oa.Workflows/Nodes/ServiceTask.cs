using Oa.Workflows.Model;

namespace Oa.Workflows.Nodes;

// Camunda 8 runs send and business-rule tasks (with zeebe:taskDefinition) exactly like service tasks.
public partial class ServiceTask : Activity
{
    public ServiceTask(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "serviceTask";

    public Expression TaskType { get; init; } = null!;

    public int Retries { get; init; } = 3;

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
