namespace Oa.Workflows.Runtime;

// 加签 before/after the holder of an open task. Before: the signer gets the task now and it comes back to its
// holder (as a new task) once they approve. After: the signer gets a task of the same node once the holder
// approves (依次: next in line; 会签: spawned then). AddAssignee is the third kind: one more parallel approver.
public sealed record AddSigner(string TaskId, string Signer, SignerPosition Position, string? User = null) : EngineCommand;

public enum SignerPosition { Before, After }
