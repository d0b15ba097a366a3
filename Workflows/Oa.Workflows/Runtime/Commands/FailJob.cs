
namespace Oa.Workflows.Runtime;

// Retries is what is left after this failure; 0 raises an incident.
public sealed record FailJob(string JobId, int Retries, string? Error = null) : EngineCommand;
