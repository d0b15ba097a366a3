namespace Oa.Workflows.Approvals;

// One <oa:approver> or <oa:cc>. Values holds users, roles or department ids (comma-separated in XML);
// a value starting with '=' is a FEEL expression (Camunda's convention) evaluated at planning time.
public sealed record ApproverRule(
    ApproverRuleType Type,
    IReadOnlyList<string> Values,
    int Level = 1,
    int? ToLevel = null,
    string? ToRole = null,
    string? Field = null,
    DeptTarget DeptTarget = DeptTarget.Head,
    IReadOnlyList<string>? Departments = null,
    bool IncludeChildren = false,
    string? Variable = null);
