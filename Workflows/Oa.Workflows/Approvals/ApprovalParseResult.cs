namespace Oa.Workflows.Approvals;

// Policy is null when the task carries no <oa:approval> or when it has problems.
public sealed record ApprovalParseResult(ApprovalPolicy? Policy, IReadOnlyList<(string ElementId, string Message)> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
