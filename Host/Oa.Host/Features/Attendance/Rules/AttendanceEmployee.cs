namespace Oa.Host.Features.Attendance.Rules;

// What the rules need to know about a person. LeaveDate is the last employed day (inclusive).
public sealed record AttendanceEmployee(
    string Id,
    string Name,
    decimal DailyWage,
    DateOnly HireDate,
    DateOnly? LeaveDate,
    WorkLocation Location,
    Schedule Schedule)
{
    public bool IsEmployedOn(DateOnly date) => date >= HireDate && (LeaveDate is null || date <= LeaveDate);
}
