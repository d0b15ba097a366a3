using System.Text.Json;

namespace Oa.Workflows.Runtime;

public sealed record JobCreated(string JobId, string InstanceId, string ElementId, string Type, int Retries, IReadOnlyDictionary<string, string> Headers, IReadOnlyDictionary<string, JsonElement> Variables) : EngineEffect;
