namespace Oa.Host.Features.Attendance.Rules;

// One employee's evaluated day. AbsentDays and ExcusedDays are 0, 0.5 or 1 (half-day steps).
// OvertimeMinutes is after-20:30 time on a workday, and all worked time on a rest day or holiday;
// Kind says which rate applies.
public sealed record DayResult(
    DateOnly Date,
    DayKind Kind,
    int LateMinutes,
    int EarlyMinutes,
    IReadOnlyList<PunchSlot> MissedPunches,
    IReadOnlyList<PunchSlot> CorrectedPunches,
    decimal AbsentDays,
    decimal ExcusedDays,
    int OvertimeMinutes)
{
    public static DayResult Rest(DateOnly date, DayKind kind, int overtimeMinutes) =>
        new(date, kind, 0, 0, [], [], 0m, 0m, overtimeMinutes);
}
