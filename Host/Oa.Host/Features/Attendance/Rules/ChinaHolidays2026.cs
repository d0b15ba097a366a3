namespace Oa.Host.Features.Attendance.Rules;

// 2026 public holidays and make-up working days from 国务院办公厅关于2026年部分节假日安排的通知
// (国办发明电〔2025〕7号, 2025-11-04), checked against the text as reprinted by 新华社/光明网:
//   元旦 1月1日至3日放假调休，1月4日（周日）上班；春节 2月15日至23日，2月14日（周六）、2月28日（周六）上班；
//   清明节 4月4日至6日；劳动节 5月1日至5日，5月9日（周六）上班；端午节 6月19日至21日；
//   中秋节 9月25日至27日；国庆节 10月1日至7日，9月20日（周日）、10月10日（周六）上班。
// This is seed data for the editable calendar only; rule tests build their own calendars.
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

    // Every listed day with its festival's name, for seeding and importing the editable calendar.
    public static IEnumerable<(DateOnly Date, DayKind Kind, string Name)> Days() =>
        Schedule.SelectMany(s => Enumerable.Range(0, s.Days).Select(i => (s.From.AddDays(i), DayKind.Holiday, s.Name))
            .Concat(s.WorkOn.Select(d => (d, DayKind.Workday, s.Name + "调休上班"))));

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
