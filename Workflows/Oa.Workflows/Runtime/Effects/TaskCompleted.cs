
namespace Oa.Workflows.Runtime;

public sealed record TaskCompleted(string TaskId, string ElementId, string? User, string? Outcome) : EngineEffect;
