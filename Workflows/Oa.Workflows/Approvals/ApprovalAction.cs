namespace Oa.Workflows.Approvals;

// The buttons an approver sees. Return = 退回 to an earlier node, AddSigner = 加签, Cc = 抄送 while approving.
public enum ApprovalAction { Approve, Reject, Return, Transfer, Delegate, AddSigner, Cc }
