using Oa.Workflows.Ports;
namespace Oa.Workflows.Approvals;

// The compiled <oa:approval> of one user task. Immutable; parsed once per task.
public sealed record ApprovalPolicy(
    IReadOnlyList<ApproverRule> Approvers,
    ApproveMode Method,
    decimal? PassRatio,
    NoApproverPolicy NoApprover,
    IReadOnlyList<string> NoApproverUsers,
    SelfApproverPolicy SelfApprover,
    DedupPolicy Dedup,
    CommentRule Comment,
    bool SignatureRequired,
    IReadOnlyList<ApprovalAction> Actions,
    RejectTarget RejectTo,
    IReadOnlyList<TimeoutPolicy> Timeouts,
    IReadOnlyList<ApproverRule> Cc,
    IReadOnlyList<FieldPermission> FieldPermissions)
{
    // Approve/reject always; return and transfer are what Chinese OA users expect on every node.
    public static readonly IReadOnlyList<ApprovalAction> DefaultActions =
        [ApprovalAction.Approve, ApprovalAction.Reject, ApprovalAction.Return, ApprovalAction.Transfer];
}
