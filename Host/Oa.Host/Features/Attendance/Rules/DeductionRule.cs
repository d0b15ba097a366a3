namespace Oa.Host.Features.Attendance.Rules;

public enum DeductionRule
{
    LateArrival,
    LateMinutes,
    MissedPunch,
    EarlyLeave,
    Absence,
}
