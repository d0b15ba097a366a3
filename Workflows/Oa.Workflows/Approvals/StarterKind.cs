namespace Oa.Workflows.Approvals;

public enum StarterKind { User, Role, Dept }
