
namespace Oa.Workflows.Runtime;

/// <summary>
/// Ends the instance as cancelled. An administrator may cancel a suspended instance (that is how a stuck one is cleared);
/// <paramref name="WhileSuspended"/> = false is the applicant's own 撤回/撤销, which must not end a request an administrator
/// has put on hold — checked here, against the state the command runs on, so a suspend that lands after the caller's own
/// check still wins.
/// </summary>
public sealed record CancelInstance(string? Reason = null, string? User = null, bool WhileSuspended = true) : EngineCommand;
