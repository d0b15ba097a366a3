namespace Oa.Host.Data.Attendance;

/// <summary>
/// The 异常考勤 approval of one employee and period. The primary key (PeriodId, UserName) is what makes the close
/// idempotent: the row is claimed before the instance starts, so a re-run (or a second node) starts none.
/// Kept across re-opening, so a re-opened and re-closed period does not ask the employee twice.
/// </summary>
public sealed class ExceptionApprovalRecord
{
    public string PeriodId { get; set; } = "";
    public string UserName { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
}
