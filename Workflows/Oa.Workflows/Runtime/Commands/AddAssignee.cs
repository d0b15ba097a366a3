namespace Oa.Workflows.Runtime;

// 加签: one more approver joins a planned approval (the task's multi-instance). Parallel modes get
// a task at once; sequential ones queue the new approver last.
public sealed record AddAssignee(string TaskId, string Assignee, string? User = null) : EngineCommand;
