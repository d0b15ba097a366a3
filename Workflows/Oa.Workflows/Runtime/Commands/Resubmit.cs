using System.Text.Json;

namespace Oa.Workflows.Runtime;

// 重新提交: the initiator sends a returned request on (see ReturnToInitiator); Variables are the edited form values.
public sealed record Resubmit(string TaskId, string? User, IReadOnlyDictionary<string, JsonElement>? Variables = null) : EngineCommand;
