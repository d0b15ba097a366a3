namespace Oa.Host.Features.Attendance.Rules;

public enum DayKind
{
    Workday,
    RestDay,
    Holiday,
}
