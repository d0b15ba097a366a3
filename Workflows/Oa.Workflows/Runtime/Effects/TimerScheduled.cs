
namespace Oa.Workflows.Runtime;

public sealed record TimerScheduled(string TimerId, string InstanceId, string ElementId, DateTimeOffset DueAt, string? Cycle) : EngineEffect;
