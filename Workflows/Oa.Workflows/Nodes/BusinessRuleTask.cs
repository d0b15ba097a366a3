namespace Oa.Workflows.Nodes;

// Only the job-worker form (zeebe:taskDefinition) is supported; DMN (zeebe:calledDecision) is out of scope.
public sealed class BusinessRuleTask : ServiceTask
{
    public BusinessRuleTask(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "businessRuleTask";
}
