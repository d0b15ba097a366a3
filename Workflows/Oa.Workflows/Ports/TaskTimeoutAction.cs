namespace Oa.Workflows.Ports;

public enum TaskTimeoutAction { Remind, AutoApprove, AutoReject }
