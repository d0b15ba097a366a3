namespace Oa.Workflows.Approvals;

public enum TimeoutAction { Remind, AutoApprove, AutoReject }
