using System.Text.Json;

namespace Oa.Workflows.Runtime;

// Outcome (e.g. "approve", "reject") is written to <elementId>_outcome and lastOutcome.
public sealed record CompleteTask(string TaskId, string? User, IReadOnlyDictionary<string, JsonElement>? Variables = null, string? Outcome = null) : EngineCommand;
