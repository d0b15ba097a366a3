namespace Oa.Workflows.Ports;

public sealed record CompletedTask(string TaskId, string ElementId, string? User, string? Outcome, DateTimeOffset CompletedAt);
