namespace Oa.Host.Features.Attendance.Rules;

// 请假 / 出差 / 外出 — all registered in 假勤 and all excuse the covered time.
public enum AbsenceKind
{
    Leave,
    Trip,
    Outing,
}
