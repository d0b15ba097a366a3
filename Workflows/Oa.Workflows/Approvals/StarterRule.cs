namespace Oa.Workflows.Approvals;

// One entry of startableBy="role:财务,dept:d-ops,user:zhangsan". An empty list means everyone may start.
public sealed record StarterRule(StarterKind Kind, string Value);
