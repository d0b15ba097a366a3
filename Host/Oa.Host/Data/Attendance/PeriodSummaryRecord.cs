namespace Oa.Host.Data.Attendance;

/// <summary>One employee's month in a closed period, with the 异常考勤 approval the close started for it.</summary>
public sealed class PeriodSummaryRecord
{
    public string PeriodId { get; set; } = "";
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? DepartmentId { get; set; }
    public int EmployedDays { get; set; }
    public int RequiredWorkdays { get; set; }
    /// <summary>Workdays not absent (excused days count as attended): the base of the pro-rata 外派补贴.</summary>
    public decimal AttendedDays { get; set; }
    public int LateCount { get; set; }
    public int LateMinutes { get; set; }
    public int EarlyCount { get; set; }
    public int EarlyMinutes { get; set; }
    public int MissedPunches { get; set; }
    public int CorrectedPunches { get; set; }
    public decimal AbsentDays { get; set; }
    public decimal ExcusedDays { get; set; }
    public int WorkdayOvertimeMinutes { get; set; }
    public int RestDayOvertimeMinutes { get; set; }
    public int HolidayOvertimeMinutes { get; set; }
    public decimal TotalDeduction { get; set; }
    public decimal AbsenceDaysInYear { get; set; }
    public bool DismissalReview { get; set; }
    public int AnomalyCount { get; set; }
    public string? ExceptionInstanceId { get; set; }
}
