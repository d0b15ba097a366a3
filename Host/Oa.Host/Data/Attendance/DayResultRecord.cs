namespace Oa.Host.Data.Attendance;

/// <summary>One employee's evaluated day in a closed period (DayResult of the rules, as stored).</summary>
public sealed class DayResultRecord
{
    public string PeriodId { get; set; } = "";
    public string UserName { get; set; } = "";
    public DateOnly Date { get; set; }
    public string Kind { get; set; } = "";
    public int LateMinutes { get; set; }
    public int EarlyMinutes { get; set; }
    /// <summary>Comma-separated PunchSlot names, e.g. "MorningIn" or "MorningIn,EveningOut".</summary>
    public string MissedSlots { get; set; } = "";
    public string CorrectedSlots { get; set; } = "";
    public decimal AbsentDays { get; set; }
    public decimal ExcusedDays { get; set; }
    public int OvertimeMinutes { get; set; }
}
