namespace Oa.Host.Features.Attendance.Rules;

// What the rules need to know about a person. LeaveDate is the last employed day (inclusive).
// Schedule is the usual one; Spans override it for their days (the latest-starting span wins if they overlap).
public sealed record AttendanceEmployee(
    string Id,
    string Name,
    decimal DailyWage,
    DateOnly HireDate,
    DateOnly? LeaveDate,
    WorkLocation Location,
    Schedule Schedule,
    IReadOnlyList<ScheduleSpan>? Spans = null)
{
    public bool IsEmployedOn(DateOnly date) => date >= HireDate && (LeaveDate is null || date <= LeaveDate);

    public Schedule ScheduleOn(DateOnly date) =>
        Spans?.Where(s => s.Covers(date)).OrderByDescending(s => s.From).FirstOrDefault()?.Schedule ?? Schedule;
}
