namespace Oa.Workflows.Approvals;

// When the rules find nobody: pass, hand to the process admins (DingTalk's default), a fixed user, or reject.
public enum NoApproverPolicy { Admin, AutoApprove, Reject, Assign }
