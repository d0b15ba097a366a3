namespace Oa.Workflows.Approvals;

// When the {seq} counter of a serial number starts again at 1.
public enum SerialReset { Never, Daily, Monthly, Yearly }
