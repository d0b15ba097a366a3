namespace Oa.Workflows.Approvals;

// After 退回 (return) and resubmission: run every node again, or jump straight back to the node that returned it.
public enum ReturnBehaviour { Rerun, BackToReturner }
