using System.Text.Json;

namespace Oa.Workflows.Ports;

// ErrorCode set = throw a BPMN error at the task (caught by a boundary error event).
public sealed record ServiceTaskResult(IReadOnlyDictionary<string, JsonElement>? Variables = null, string? ErrorCode = null, string? ErrorMessage = null)
{
    public static ServiceTaskResult Done { get; } = new();
}
