
namespace Oa.Workflows.Runtime;

public sealed record InstanceEnded(string InstanceId, InstanceStatus Status, string? ErrorCode = null) : EngineEffect;
