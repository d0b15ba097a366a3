namespace Oa.Host.Features.Attendance.Rules;

// A working day in two segments with a lunch break between them. Half-day leave, half-day
// absence and the single-punch split all use the break as the dividing line.
public sealed record Schedule(string Name, TimeOnly MorningStart, TimeOnly MorningEnd, TimeOnly AfternoonStart, TimeOnly AfternoonEnd)
{
    // 上午9：00-12：00，下午13：00-18：00
    public static Schedule Headquarters { get; } = new("总部", new(9, 0), new(12, 0), new(13, 0), new(18, 0));

    public TimeOnly StartOf(DayHalf half) => half == DayHalf.Morning ? MorningStart : AfternoonStart;
    public TimeOnly EndOf(DayHalf half) => half == DayHalf.Morning ? MorningEnd : AfternoonEnd;
}
