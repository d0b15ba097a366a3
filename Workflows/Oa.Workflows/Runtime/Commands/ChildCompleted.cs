using System.Text.Json;

namespace Oa.Workflows.Runtime;

// ErrorCode set = the child ended with an uncaught BPMN error; it is re-thrown at the call activity.
public sealed record ChildCompleted(string ChildInstanceId, IReadOnlyDictionary<string, JsonElement>? Variables = null, string? ErrorCode = null) : EngineCommand;
