using System.Text.Json;

namespace Oa.Workflows.Runtime;

// A message throw/end event without a job worker: the runtime correlates it to other instances.
public sealed record MessagePublished(string Name, string CorrelationKey, IReadOnlyDictionary<string, JsonElement> Variables) : EngineEffect;
