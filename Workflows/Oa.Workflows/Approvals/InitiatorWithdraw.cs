namespace Oa.Workflows.Approvals;

// initiatorWithdraw: whether the applicant may 撤回 (withdraw) a running request — until the first approver acts, or never.
public enum InitiatorWithdraw { UntilFirstAction, Never }
