namespace Oa.Host.Features.Attendance.Rules;

public enum DayHalf
{
    Morning,
    Afternoon,
}
