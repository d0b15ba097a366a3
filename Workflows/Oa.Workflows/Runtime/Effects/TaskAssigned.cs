namespace Oa.Workflows.Runtime;

public sealed record TaskAssigned(string TaskId, string ElementId, string? PreviousAssignee, string? Assignee, string? User) : EngineEffect;
