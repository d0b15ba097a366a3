namespace Oa.Host.Data.Attendance;

/// <summary>
/// One attendance cycle, keyed by the month it ends in ("2026-05" = 04-26…05-25). open → closed (results computed,
/// anomaly approvals started) → confirmed (HR fixed the results; payments may run). HR can re-open a closed or
/// confirmed period; every transition leaves a <see cref="PeriodAuditRecord"/>.
/// </summary>
public sealed class AttendancePeriodRecord
{
    public const string Open = "open", Closed = "closed", Confirmed = "confirmed";

    public string Id { get; set; } = "";
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public string State { get; set; } = Open;
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public string? ConfirmedBy { get; set; }
    /// <summary>Optimistic concurrency: two closes at once (job and HR's button) cannot both write results.</summary>
    public long Version { get; set; }
}
