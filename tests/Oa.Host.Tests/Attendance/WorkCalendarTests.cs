using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Tests.Attendance;

public sealed class WorkCalendarTests
{
    [Theory]
    [InlineData("2026-05-08", DayKind.Workday)]   // Friday
    [InlineData("2026-05-10", DayKind.RestDay)]   // Sunday
    [InlineData("2026-05-01", DayKind.Holiday)]   // listed holiday on a Friday
    [InlineData("2026-05-02", DayKind.Holiday)]   // listed holiday on a Saturday stays a holiday
    [InlineData("2026-05-09", DayKind.Workday)]   // 调休 Saturday
    public void KindOf_ListedDaysOverrideWeekends(string date, DayKind expected)
    {
        var calendar = new WorkCalendar([new(2026, 5, 1), new(2026, 5, 2)], [new(2026, 5, 9)]);
        Assert.Equal(expected, calendar.KindOf(DateOnly.Parse(date)));
    }

    [Fact]
    public void Edits_MoveADayBetweenSetsAndResetRestoresTheWeekRule()
    {
        var calendar = new WorkCalendar([new(2026, 5, 9)]);
        calendar.AddWorkingDay(new(2026, 5, 9));
        Assert.Equal(DayKind.Workday, calendar.KindOf(new(2026, 5, 9)));
        Assert.Empty(calendar.Holidays);
        calendar.Reset(new(2026, 5, 9));
        Assert.Equal(DayKind.RestDay, calendar.KindOf(new(2026, 5, 9)));
    }

    [Fact]
    public void Shipped2026Schedule_IsConsistent_SevenFestivals33DaysOffMakeUpDaysOnWeekends()
    {
        var calendar = ChinaHolidays2026.Calendar();
        Assert.Equal(["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"], ChinaHolidays2026.Names);
        Assert.Equal(3 + 9 + 3 + 5 + 3 + 3 + 7, calendar.Holidays.Count);
        Assert.Equal(6, calendar.ExtraWorkingDays.Count);
        Assert.All(calendar.ExtraWorkingDays, d => Assert.Contains(d.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));
        Assert.All(calendar.Holidays, d => Assert.Equal(2026, d.Year));
    }

    [Theory]
    [InlineData(2026, 5, "2026-04-26", "2026-05-25")]
    [InlineData(2026, 1, "2025-12-26", "2026-01-25")]
    [InlineData(2026, 3, "2026-02-26", "2026-03-25")]
    public void Period_RunsFrom26thOfLastMonthTo25th(int year, int month, string start, string end)
    {
        var period = AttendancePeriod.EndingIn(year, month, AttendanceRules.Default);
        Assert.Equal(new AttendancePeriod(DateOnly.Parse(start), DateOnly.Parse(end)), period);
    }
}
