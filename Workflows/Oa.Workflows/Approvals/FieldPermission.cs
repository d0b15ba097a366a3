namespace Oa.Workflows.Approvals;

public sealed record FieldPermission(string Field, FieldAccess Access);
