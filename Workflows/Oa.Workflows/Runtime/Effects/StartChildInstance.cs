using System.Text.Json;

namespace Oa.Workflows.Runtime;

public sealed record StartChildInstance(string ChildInstanceId, string ParentInstanceId, string CallActivityId, string ProcessKey, IReadOnlyDictionary<string, JsonElement> Variables, string? BusinessKey, string? Initiator) : EngineEffect;
