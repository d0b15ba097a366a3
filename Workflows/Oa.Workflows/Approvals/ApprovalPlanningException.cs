namespace Oa.Workflows.Approvals;

// The planner cannot produce a safe plan (invalid policy, or nobody to assign even after the
// no-approver fallback). Thrown rather than planning an empty task, which the executor would pass.
public sealed class ApprovalPlanningException(string elementId, string message) : InvalidOperationException($"{elementId}: {message}")
{
    public string ElementId { get; } = elementId;
}
