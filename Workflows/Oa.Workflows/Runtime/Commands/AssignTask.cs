namespace Oa.Workflows.Runtime;

// Transfer / delegate (转交, 委托): the open task gets a new assignee; null leaves it to its candidates.
public sealed record AssignTask(string TaskId, string? Assignee, string? User = null) : EngineCommand;
