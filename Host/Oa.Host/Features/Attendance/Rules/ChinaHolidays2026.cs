namespace Oa.Host.Features.Attendance.Rules;

// 2026 public holidays and make-up working days as we recall them from the State Council notice
// (国务院办公厅关于2026年部分节假日安排的通知, published November 2025). NOT verified against the
// published text in this session: HR must check it against the notice before the first close of
// 2026 and correct it in the editable calendar. Tests never rely on this data.
public static class ChinaHolidays2026
{
    // (first day off, days off, make-up working days)
    private static readonly (string Name, DateOnly From, int Days, DateOnly[] WorkOn)[] Schedule =
    [
        ("元旦", new(2026, 1, 1), 3, [new(2026, 1, 4)]),
        ("春节", new(2026, 2, 15), 9, [new(2026, 2, 14), new(2026, 2, 28)]),
        ("清明节", new(2026, 4, 4), 3, []),
        ("劳动节", new(2026, 5, 1), 5, [new(2026, 5, 9)]),
        ("端午节", new(2026, 6, 19), 3, []),
        ("中秋节", new(2026, 9, 25), 3, []),
        ("国庆节", new(2026, 10, 1), 7, [new(2026, 9, 20), new(2026, 10, 10)]),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. Schedule.Select(s => s.Name)];

    public static WorkCalendar Calendar()
    {
        var calendar = new WorkCalendar();
        foreach (var (_, from, days, workOn) in Schedule)
        {
            for (var i = 0; i < days; i++) calendar.AddHoliday(from.AddDays(i));
            foreach (var d in workOn) calendar.AddWorkingDay(d);
        }
        return calendar;
    }
}
