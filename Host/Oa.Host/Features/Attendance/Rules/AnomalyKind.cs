namespace Oa.Host.Features.Attendance.Rules;

public enum AnomalyKind
{
    Late,
    EarlyLeave,
    MissedPunch,
    Absent,
}
