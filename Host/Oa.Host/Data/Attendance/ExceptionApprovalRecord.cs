namespace Oa.Host.Data.Attendance;

/// <summary>
/// The 异常考勤 approval of one employee and period. The primary key (PeriodId, UserName) is what makes the close
/// idempotent: the row is claimed (with the instance id it will have) before the instance starts, so a re-run (or a
/// second node) starts none. Kept across re-opening, so a re-opened and re-closed period does not ask the employee twice.
/// </summary>
public sealed class ExceptionApprovalRecord
{
    public string PeriodId { get; set; } = "";
    public string UserName { get; set; } = "";
    public string InstanceId { get; set; } = "";
    /// <summary>When the close claimed it (the approval itself starts moments later, in the approvals job).</summary>
    public DateTimeOffset StartedAt { get; set; }
    /// <summary>
    /// The 异常考勤 form data the close computed, while the approval waits to be started by
    /// <c>StartExceptionApprovalsJob</c>; cleared once the instance exists. Null for approvals already started.
    /// </summary>
    public string? StartDataJson { get; set; }
}
