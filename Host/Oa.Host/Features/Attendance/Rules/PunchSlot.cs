namespace Oa.Host.Features.Attendance.Rules;

public enum PunchSlot
{
    MorningIn,
    EveningOut,
}
