namespace Oa.Workflows.Runtime;

// Cycle is the ISO-8601 repeat interval; RepeatsLeft null means "repeat forever" (R/PT1H).
// TaskTimeout is set for a task deadline from the approval policy (the element is the user task).
public sealed record TimerBookmark(string TimerId, string TokenId, string ElementId, DateTimeOffset DueAt, string? Cycle = null, int? RepeatsLeft = null,
    TaskTimeoutTimer? TaskTimeout = null);
