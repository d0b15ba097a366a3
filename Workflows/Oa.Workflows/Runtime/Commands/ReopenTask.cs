namespace Oa.Workflows.Runtime;

// 撤回 by an approver: TaskId is their completed task. The paths that moved on from its node are cancelled and the
// node is entered again with only this approver on it (the others of a 会签 had already answered).
public sealed record ReopenTask(string TaskId, string? User = null) : EngineCommand;
