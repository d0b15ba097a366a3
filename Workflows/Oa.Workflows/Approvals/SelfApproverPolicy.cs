namespace Oa.Workflows.Approvals;

// When the initiator is among the approvers: approves their own request, is skipped, or is replaced by their head.
public enum SelfApproverPolicy { Approve, Skip, Head }
