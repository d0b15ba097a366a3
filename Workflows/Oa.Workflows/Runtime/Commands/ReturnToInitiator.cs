namespace Oa.Workflows.Runtime;

// 退回发起人: every active path is cancelled and the request waits at the none start event as a task of the
// initiator, who edits and resubmits it (Resubmit) or withdraws it (CancelInstance). BackToReturner = on
// resubmission go straight back to the returning node instead of running the path from the start again.
public sealed record ReturnToInitiator(string TaskId, bool BackToReturner, string? User = null) : EngineCommand;
