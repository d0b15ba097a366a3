namespace Oa.Workflows.Runtime;

public enum InstanceStatus { Running, Completed, Terminated, Cancelled, Errored, Suspended, Incident }
