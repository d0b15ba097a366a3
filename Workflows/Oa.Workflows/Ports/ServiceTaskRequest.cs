using System.Text.Json;

namespace Oa.Workflows.Ports;

public sealed record ServiceTaskRequest(
    string InstanceId,
    string ElementId,
    string Type,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, JsonElement> Variables,
    DateTimeOffset Now);
