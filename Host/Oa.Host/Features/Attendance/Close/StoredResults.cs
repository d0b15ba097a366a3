using Oa.Host.Data.Attendance;
using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Features.Attendance.Close;

/// <summary>Rules' results ↔ rows, both ways: confirmation recomputes from the stored days.</summary>
public static class StoredResults
{
    public static DayResultRecord ToRecord(string periodId, string userName, DayResult d) => new()
    {
        PeriodId = periodId, UserName = userName, Date = d.Date, Kind = d.Kind.ToString(), LateMinutes = d.LateMinutes,
        EarlyMinutes = d.EarlyMinutes, MissedSlots = string.Join(',', d.MissedPunches), CorrectedSlots = string.Join(',', d.CorrectedPunches),
        AbsentDays = d.AbsentDays, ExcusedDays = d.ExcusedDays, OvertimeMinutes = d.OvertimeMinutes,
    };

    public static DayResult ToRule(DayResultRecord r) => new(
        r.Date, Enum.Parse<DayKind>(r.Kind), r.LateMinutes, r.EarlyMinutes, Slots(r.MissedSlots), Slots(r.CorrectedSlots),
        r.AbsentDays, r.ExcusedDays, r.OvertimeMinutes);

    private static List<PunchSlot> Slots(string s) =>
        [.. s.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<PunchSlot>)];

    /// <summary>Workdays attended: not absent and not on leave or a trip (half days count half).</summary>
    public static decimal Attended(DayResult d) => d.Kind == DayKind.Workday ? Math.Max(0m, 1m - d.AbsentDays - d.ExcusedDays) : 0m;

    public static PeriodSummaryRecord ToRecord(string periodId, string displayName, string? departmentId, PeriodSummary s, IEnumerable<DayResult> days) => new()
    {
        PeriodId = periodId, UserName = s.EmployeeId, DisplayName = displayName, DepartmentId = departmentId,
        EmployedDays = s.EmployedDays, RequiredWorkdays = s.RequiredWorkdays, AttendedDays = days.Sum(Attended),
        LateCount = s.LateCount, LateMinutes = s.LateMinutes, EarlyCount = s.EarlyCount, EarlyMinutes = s.EarlyMinutes,
        MissedPunches = s.MissedPunches, CorrectedPunches = s.CorrectedPunches, AbsentDays = s.AbsentDays, ExcusedDays = s.ExcusedDays,
        WorkdayOvertimeMinutes = s.WorkdayOvertimeMinutes, RestDayOvertimeMinutes = s.RestDayOvertimeMinutes,
        HolidayOvertimeMinutes = s.HolidayOvertimeMinutes, TotalDeduction = s.TotalDeduction,
        AbsenceDaysInYear = s.AbsenceDaysInYear, DismissalReview = s.DismissalReview, AnomalyCount = s.Anomalies.Count,
    };

    public static IEnumerable<DeductionRecord> ToRecords(string periodId, PeriodSummary s) =>
        s.Deductions.Select(d => new DeductionRecord
        {
            PeriodId = periodId, UserName = s.EmployeeId, Date = d.Date, Rule = d.Rule.ToString(),
            Quantity = d.Quantity, UnitAmount = d.UnitAmount, Amount = d.Amount, Text = d.Text,
        });
}
