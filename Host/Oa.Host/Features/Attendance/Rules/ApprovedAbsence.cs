namespace Oa.Host.Features.Attendance.Rules;

// An approved leave, trip or outing in half-day granularity, as 假勤 requests are filed:
// from (date, half) to (date, half), both inclusive.
public sealed record ApprovedAbsence(
    string EmployeeId,
    AbsenceKind Kind,
    DateOnly FromDate,
    DayHalf FromHalf,
    DateOnly ToDate,
    DayHalf ToHalf)
{
    public static ApprovedAbsence HalfDay(string employeeId, AbsenceKind kind, DateOnly date, DayHalf half) =>
        new(employeeId, kind, date, half, date, half);

    public static ApprovedAbsence Days(string employeeId, AbsenceKind kind, DateOnly from, DateOnly to) =>
        new(employeeId, kind, from, DayHalf.Morning, to, DayHalf.Afternoon);

    public bool Covers(DateOnly date, DayHalf half) =>
        Slot(date, half) >= Slot(FromDate, FromHalf) && Slot(date, half) <= Slot(ToDate, ToHalf);

    private static int Slot(DateOnly date, DayHalf half) => date.DayNumber * 2 + (int)half;
}
