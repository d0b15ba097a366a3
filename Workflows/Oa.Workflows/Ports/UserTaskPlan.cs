namespace Oa.Workflows.Ports;

// AutoComplete: complete the task without creating it (e.g. no approver → auto-approve), writing AutoOutcome.
// Extensions are copied into every TaskCreated effect (field permissions, buttons, …) for the host.
// Timeouts become timers on every task of the plan (cancelled when the task ends).
public sealed record UserTaskPlan(
    IReadOnlyList<string> Assignees,
    ApproveMode Mode,
    decimal? PassRatio,
    bool AutoComplete,
    string? AutoOutcome,
    IReadOnlyDictionary<string, string> Extensions,
    IReadOnlyList<TaskTimeout>? Timeouts = null);
