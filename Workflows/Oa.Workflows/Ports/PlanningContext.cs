using System.Text.Json;

namespace Oa.Workflows.Ports;

// Everything a planner may read; CompletedTasks is oldest first (for duplicate-approver dedup).
public sealed record PlanningContext(
    string InstanceId,
    string ProcessKey,
    string? BusinessKey,
    string? Initiator,
    IReadOnlyDictionary<string, JsonElement> Variables,
    IReadOnlyList<CompletedTask> CompletedTasks,
    IOrgDirectory? Org,
    IExpressionEvaluator Evaluator,
    DateTimeOffset Now);
