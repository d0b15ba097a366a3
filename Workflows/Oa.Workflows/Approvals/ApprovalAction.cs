namespace Oa.Workflows.Approvals;

// The buttons an approver sees. Return = 退回 to an earlier node or the initiator, AddSigner = 加签 (parallel, before or
// after me), RemoveSigner = 减签 (someone of this 会签/依次 node who has not acted), Cc = 抄送 while approving.
public enum ApprovalAction { Approve, Reject, Return, Transfer, Delegate, AddSigner, Cc, RemoveSigner }
