namespace Oa.Workflows.Approvals;

// initiatorCancel: whether the applicant may 撤销 (revoke) their running request after approvers have acted, as DingTalk
// allows. Never is the default, so processes published before this setting keep what they did: only 撤回 (withdraw) until
// the first approver acts (InitiatorWithdraw).
public enum InitiatorCancel { Never, WhileRunning }
