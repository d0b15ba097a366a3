
namespace Oa.Workflows.Runtime;

public sealed record TaskCancelled(string TaskId, string ElementId, string? Reason) : EngineEffect;
