namespace Oa.Workflows.Approvals;

// AutoComplete: the task finishes at once with AutoOutcome ("approve" or "reject") and nobody is asked.
// Notes say why people were dropped or added, for the history and for admins repairing an instance.
public sealed record ApproverResolution(
    IReadOnlyList<string> Approvers,
    bool AutoComplete,
    string? AutoOutcome,
    IReadOnlyList<string> Notes)
{
    public const string Approve = "approve";
    public const string Reject = "reject";
}
