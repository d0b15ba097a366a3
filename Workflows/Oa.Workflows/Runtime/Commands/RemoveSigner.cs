namespace Oa.Workflows.Runtime;

// 减签: an approver of the same 会签/依次 node who has not acted yet is taken off it (TaskId = the caller's open task).
public sealed record RemoveSigner(string TaskId, string Signer, string? User = null) : EngineCommand;
