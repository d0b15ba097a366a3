namespace Oa.Workflows.Approvals;

public enum RejectTargetKind { End, Initiator, Previous, Node }
