namespace Oa.Host.Features.Attendance.Rules;

public sealed record PeriodSummary(
    AttendancePeriod Period,
    string EmployeeId,
    int EmployedDays,
    int RequiredWorkdays,
    int LateCount,
    int LateMinutes,
    int EarlyCount,
    int EarlyMinutes,
    int MissedPunches,
    int CorrectedPunches,
    decimal AbsentDays,
    decimal ExcusedDays,
    int WorkdayOvertimeMinutes,
    int RestDayOvertimeMinutes,
    int HolidayOvertimeMinutes,
    IReadOnlyList<DeductionLine> Deductions,
    IReadOnlyList<Anomaly> Anomalies,
    decimal AbsenceDaysInYear,
    bool DismissalReview)
{
    public decimal TotalDeduction => Deductions.Sum(d => d.Amount);
    public bool HasAnomalies => Anomalies.Count > 0;
}
