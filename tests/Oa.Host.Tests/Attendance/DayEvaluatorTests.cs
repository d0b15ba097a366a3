using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Tests.Attendance;

// One HQ workday (Friday 2026-05-08, 09:00–12:00 / 13:00–18:00) per row.
public sealed class DayEvaluatorTests
{
    private static readonly DateOnly Friday = MayScenario.May(8);

    [Theory]
    //          punches                late early absent overtime missed
    [InlineData("08:59 18:00",            0,  0,  0.0,   0, "")]
    [InlineData("09:00:59 18:00",         0,  0,  0.0,   0, "")]            // seconds are dropped
    [InlineData("09:07 17:50",            7, 10,  0.0,   0, "")]
    [InlineData("08:50 12:40 13:10 18:02", 0,  0,  0.0,   0, "")]           // lunch punches ignored: first in, last out
    [InlineData("13:20 18:00",           20,  0,  0.5,   0, "")]            // came after the morning: half day absent + late vs 13:00
    [InlineData("08:50 11:30",            0, 30,  0.5,   0, "")]            // left before the afternoon: half day absent + early vs 12:00
    [InlineData("08:50 21:45",            0,  0,  0.0,  75, "")]            // 20:30 → 21:45
    [InlineData("08:50 +01:15",           0,  0,  0.0, 285, "")]            // 20:30 → 24:00 = 210, + 75 after midnight
    [InlineData("08:50",                  0,  0,  0.0,   0, "EveningOut")]  // before mid-day 13:30: an arrival
    [InlineData("17:00",                  0, 60,  0.0,   0, "MorningIn")]   // after mid-day: a departure
    [InlineData("",                       0,  0,  1.0,   0, "")]            // 无故不出勤视为旷工
    public void Workday_Table(string punches, int late, int early, double absent, int overtime, string missed)
    {
        var day = new MayScenario().Day(Friday, Split(punches)).Evaluate(Friday);
        Assert.Equal(DayKind.Workday, day.Kind);
        Assert.Equal(late, day.LateMinutes);
        Assert.Equal(early, day.EarlyMinutes);
        Assert.Equal((decimal)absent, day.AbsentDays);
        Assert.Equal(overtime, day.OvertimeMinutes);
        Assert.Equal(missed, string.Join(",", day.MissedPunches));
    }

    [Theory]
    //          half excused  punches       late early absent excused
    [InlineData("Afternoon", "08:57 12:02",   0,  0,  0.0,  0.5)]
    [InlineData("Afternoon", "08:57 11:50",   0, 10,  0.0,  0.5)]  // early is measured against 12:00
    [InlineData("Morning",   "13:05 18:01",   5,  0,  0.0,  0.5)]  // late is measured against 13:00
    [InlineData("Morning",   "",              0,  0,  0.5,  0.5)]  // afternoon not worked: half day absent
    public void HalfDayLeave_ExcusesThatHalf(string half, string punches, int late, int early, double absent, double excused)
    {
        var s = new MayScenario().Day(Friday, Split(punches));
        s.Absences.Add(ApprovedAbsence.HalfDay(MayScenario.Id, AbsenceKind.Leave, Friday, Enum.Parse<DayHalf>(half)));
        var day = s.Evaluate(Friday);
        Assert.Equal((late, early, (decimal)absent, (decimal)excused), (day.LateMinutes, day.EarlyMinutes, day.AbsentDays, day.ExcusedDays));
    }

    [Fact]
    public void TripOverSeveralDays_ExcusesWholeDaysWithoutPunches()
    {
        var s = new MayScenario();
        s.Absences.Add(ApprovedAbsence.Days(MayScenario.Id, AbsenceKind.Trip, MayScenario.May(6), MayScenario.May(8)));
        var day = s.Evaluate(Friday);
        Assert.Equal((0m, 1m), (day.AbsentDays, day.ExcusedDays));
    }

    [Fact]
    public void ApprovedCorrection_CountsTheSlotAsPunchedOnTime()
    {
        var s = new MayScenario().Day(Friday, "09:05");
        s.Corrections.Add(new PunchCorrection(MayScenario.Id, Friday, PunchSlot.EveningOut));
        var day = s.Evaluate(Friday);
        Assert.Empty(day.MissedPunches);
        Assert.Equal([PunchSlot.EveningOut], day.CorrectedPunches);
        Assert.Equal((5, 0), (day.LateMinutes, day.EarlyMinutes));
    }

    [Theory]
    [InlineData("2026-05-10", "09:00 15:30", DayKind.RestDay, 390)]   // Sunday: all worked time
    [InlineData("2026-05-02", "10:00 16:00", DayKind.Holiday, 360)]   // 劳动节
    [InlineData("2026-05-10", "09:00", DayKind.RestDay, 0)]           // one punch proves no span
    [InlineData("2026-05-10", "22:00 +02:30", DayKind.RestDay, 270)]  // past midnight, still Sunday's
    public void RestDaysAndHolidays_AllWorkedTimeIsOvertime(string date, string punches, DayKind kind, int overtime)
    {
        var d = DateOnly.Parse(date);
        var day = new MayScenario().Day(d, Split(punches)).Evaluate(d);
        Assert.Equal((kind, overtime, 0m), (day.Kind, day.OvertimeMinutes, day.AbsentDays));
    }

    [Fact]
    public void OnSiteSchedule_UsesTheCustomersHours()
    {
        // 驻地人员工作时间参照所在环保局时间: here 08:30–12:00 / 14:30–17:30.
        var s = new MayScenario();
        s.Employee = s.Employee with { Location = WorkLocation.OnSite, Schedule = new("环保局", new(8, 30), new(12, 0), new(14, 30), new(17, 30)) };
        var day = s.Day(Friday, "09:00", "17:30").Evaluate(Friday);
        Assert.Equal((30, 0), (day.LateMinutes, day.EarlyMinutes));
    }

    private static string[] Split(string punches) => punches.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
