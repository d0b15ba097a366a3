namespace Oa.Workflows.Runtime;

// Cycle is the ISO-8601 repeat interval; RepeatsLeft null means "repeat forever" (R/PT1H).
public sealed record TimerBookmark(string TimerId, string TokenId, string ElementId, DateTimeOffset DueAt, string? Cycle = null, int? RepeatsLeft = null);
