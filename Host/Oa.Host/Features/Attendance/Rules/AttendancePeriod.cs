namespace Oa.Host.Features.Attendance.Rules;

// One attendance cycle, both ends inclusive. Named after the month it ends in: "2026-05" is
// 2026-04-26 … 2026-05-25 with the default rules.
public sealed record AttendancePeriod(DateOnly Start, DateOnly End)
{
    public static AttendancePeriod EndingIn(int year, int month, AttendanceRules rules)
    {
        var end = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        var cycleEnd = rules.CycleStartDay - 1;
        if (cycleEnd >= 1 && cycleEnd < end.Day) end = new DateOnly(year, month, cycleEnd);
        var start = rules.CycleStartDay <= 1 ? new DateOnly(year, month, 1) : end.AddMonths(-1).AddDays(1);
        return new AttendancePeriod(start, end);
    }

    public IEnumerable<DateOnly> Days()
    {
        for (var d = Start; d <= End; d = d.AddDays(1)) yield return d;
    }

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public override string ToString() => $"{Start:yyyy-MM-dd}…{End:yyyy-MM-dd}";
}
