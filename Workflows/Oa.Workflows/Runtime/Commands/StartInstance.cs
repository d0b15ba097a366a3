using System.Text.Json;

namespace Oa.Workflows.Runtime;

// StartEventId null = the none start event; timer/message starts pass theirs.
public sealed record StartInstance(string InstanceId, string? BusinessKey, string? Initiator, IReadOnlyDictionary<string, JsonElement>? Variables = null, string? StartEventId = null, string? ParentInstanceId = null) : EngineCommand;
