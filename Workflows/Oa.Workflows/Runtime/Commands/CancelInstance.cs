
namespace Oa.Workflows.Runtime;

/// <summary>
/// Ends the instance as cancelled. An administrator may cancel a suspended instance (that is how a stuck one is cleared);
/// <paramref name="WhileSuspended"/> = false is the applicant's own 撤回/撤销, which must not end a request an administrator
/// has put on hold — checked here, against the state the command runs on, so a suspend that lands after the caller's own
/// check still wins.
/// <paramref name="BeforeOthersAct"/> = true is 撤回: refused once anyone but <paramref name="User"/> has completed a task,
/// checked against the same state, so an approval landing after the caller's own check is kept, not withdrawn.
/// </summary>
public sealed record CancelInstance(string? Reason = null, string? User = null, bool WhileSuspended = true, bool BeforeOthersAct = false) : EngineCommand;
