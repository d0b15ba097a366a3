using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Tests.Attendance;

// An HQ employee sent on site 2026-05-11…05-15 to a customer working 08:30–12:00 / 14:00–17:30.
public sealed class ScheduleSpanTests
{
    private static readonly Schedule Site = new("某环保局", new(8, 30), new(12, 0), new(14, 0), new(17, 30));

    [Theory]
    //          date          punches          late early  (whose hours)
    [InlineData("2026-05-08", "08:45 18:00",     0,  0)]  // before the stint: HQ 09:00–18:00
    [InlineData("2026-05-11", "08:45 17:30",    15,  0)]  // first day on site: 08:30 start, 17:30 end
    [InlineData("2026-05-15", "08:30 17:00",     0, 30)]  // last day on site
    [InlineData("2026-05-18", "09:00 17:30",     0, 30)]  // back at HQ: 18:00 end again
    public void SpanDays_UseTheCustomersHours_OtherDaysTheUsualOnes(string date, string punches, int late, int early)
    {
        var s = new MayScenario();
        s.Employee = s.Employee with { Spans = [new ScheduleSpan(new(2026, 5, 11), new(2026, 5, 15), Site)] };
        var d = DateOnly.Parse(date);
        var day = s.Day(d, punches.Split(' ')).Evaluate(d);
        Assert.Equal((late, early), (day.LateMinutes, day.EarlyMinutes));
    }

    [Fact]
    public void OpenEndedSpan_CoversEveryDayFromItsStart_LaterStartWins()
    {
        var later = Site with { Name = "另一客户", MorningStart = new(8, 0) };
        var e = new MayScenario().Employee with { Spans = [new(new(2026, 5, 1), null, Site), new(new(2026, 5, 20), null, later)] };
        Assert.Equal(Schedule.Headquarters, e.ScheduleOn(new(2026, 4, 30)));
        Assert.Equal(Site, e.ScheduleOn(new(2026, 5, 19)));
        Assert.Equal(later, e.ScheduleOn(new(2026, 12, 31)));
    }

    [Fact]
    public void MonthWithAWeekOnSite_IsChargedAgainstTheCustomersHoursThatWeek()
    {
        // On time at HQ (08:55–18:05) every workday; the site week 05-11…05-15 at 08:45–17:40 against 08:30–17:30:
        //   5 arrivals 15 min late = 75 min. Arrivals: 3 free, 05-14 and 05-15 pay 10 元 = 20 元.
        //   Minutes: 05-11 uses the 15 free; 05-12…05-15 pay 4 × 15 × 20 元 = 1200 元. Total 1220 元, no early leave.
        // Without the stint the same punches would be on time but 20 min early each day (5 × 20 × 30 元 = 3000 元).
        var s = new MayScenario().OnTimeEveryWorkday();
        foreach (var d in Enumerable.Range(11, 5)) s.Day(MayScenario.May(d), "08:45", "17:40");
        var usual = s.Close();
        Assert.Equal((0, 5, 100), (usual.LateCount, usual.EarlyCount, usual.EarlyMinutes));
        Assert.Equal(3000m, usual.TotalDeduction);

        s.Employee = s.Employee with { Spans = [new ScheduleSpan(MayScenario.May(11), MayScenario.May(15), Site)] };
        var onSite = s.Close();
        Assert.Equal((5, 75, 0), (onSite.LateCount, onSite.LateMinutes, onSite.EarlyCount));
        Assert.Equal(1220m, onSite.TotalDeduction);
        Assert.Equal(19, onSite.RequiredWorkdays);
    }
}
