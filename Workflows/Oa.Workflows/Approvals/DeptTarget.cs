namespace Oa.Workflows.Approvals;

// What a department picked in a form stands for.
public enum DeptTarget { Head, Members, Leader }
