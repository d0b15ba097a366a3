
namespace Oa.Workflows.Runtime;

public sealed record ExecutionResult(InstanceState State, IReadOnlyList<EngineEffect> Effects);
