namespace Oa.Host.Data.Attendance;

/// <summary>Append-only: who closed, confirmed or re-opened a period, when, and why.</summary>
public sealed class PeriodAuditRecord
{
    public long Id { get; set; }
    public string PeriodId { get; set; } = "";
    public string Action { get; set; } = "";
    public string UserName { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string? Reason { get; set; }
}
