namespace Oa.Workflows.Approvals;

public enum FieldAccess { Editable, Readonly, Hidden }
