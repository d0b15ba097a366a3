using System.Text.Json;

namespace Oa.Workflows.Runtime;

public sealed record CompleteJob(string JobId, IReadOnlyDictionary<string, JsonElement>? Variables = null) : EngineCommand;
