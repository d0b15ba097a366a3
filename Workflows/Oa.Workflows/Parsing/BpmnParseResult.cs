using Oa.Workflows.Model;

namespace Oa.Workflows.Parsing;

// Processes is empty unless the model is valid: a model with problems is rejected, never half-run.
public sealed record BpmnParseResult(IReadOnlyList<ProcessDefinition> Processes, IReadOnlyList<BpmnProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    public ProcessDefinition? Process(string key) => Processes.FirstOrDefault(p => p.Key == key);
}
