using Oa.Host.Features.Attendance.Rules;
using static Oa.Host.Tests.Attendance.MayScenario;

namespace Oa.Host.Tests.Attendance;

// Hand-computed months over period 2026-04-26 … 2026-05-25 (see MayScenario: 30 days, 19
// workdays). Daily wage 300 元 unless stated, so one absent day costs 2 × 300 = 600 元.
public sealed class PeriodCalculatorTests
{
    [Fact]
    public void NormalMonth_NoAnomaliesNoDeductions()
    {
        var summary = new MayScenario().OnTimeEveryWorkday().Close();
        Assert.Equal((30, 19), (summary.EmployedDays, summary.RequiredWorkdays));
        Assert.Empty(summary.Deductions);
        Assert.False(summary.HasAnomalies);
        Assert.Equal(0m, summary.TotalDeduction);
    }
    [Fact]
    public void FourLates_FourthArrivalAndMinutesBeyondFifteenArePaid()
    {
        // lates: Apr 27 5 min, Apr 28 8 min, May 6 4 min, May 7 10 min → 4 arrivals, 27 minutes.
        //   arrivals: 4 − 3 free = 1 × 10 元 = 10 元 (on May 7)
        //   minutes:  free 15 used 5 (Apr 27) + 8 (Apr 28) + 2 (May 6); paid 2 (May 6) + 10 (May 7)
        //             = 12 × 20 元 = 240 元
        //   total 250 元
        var summary = new MayScenario().OnTimeEveryWorkday()
            .Day(new(2026, 4, 27), "09:05", "18:00").Day(new(2026, 4, 28), "09:08", "18:00")
            .Day(May(6), "09:04", "18:00").Day(May(7), "09:10", "18:00").Close();

        Assert.Equal((4, 27), (summary.LateCount, summary.LateMinutes));
        Assert.Equal(
            [(May(6), DeductionRule.LateMinutes, 2m, 40m), (May(7), DeductionRule.LateArrival, 1m, 10m), (May(7), DeductionRule.LateMinutes, 10m, 200m)],
            summary.Deductions.Select(d => (d.Date, d.Rule, d.Quantity, d.Amount)));
        Assert.Equal(250m, summary.TotalDeduction);
        Assert.Equal([0m, 0m, 40m, 210m], summary.Anomalies.Select(a => a.Deduction));   // free lates are still anomalies
    }
    [Fact]
    public void HolidayWorkedAndMakeUpSaturdayMissed()
    {
        // May 2 (劳动节) worked 10:00–16:00 → 360 holiday overtime minutes, no charge.
        // May 9 (调休 Saturday) is a workday: no punches → 1 absent day × 2 × 300 = 600 元.
        var summary = new MayScenario().OnTimeEveryWorkday().Day(May(2), "10:00", "16:00").Day(May(9)).Close();
        Assert.Equal(360, summary.HolidayOvertimeMinutes);
        Assert.Equal(1m, summary.AbsentDays);
        Assert.Equal(600m, Assert.Single(summary.Deductions).Amount);
        Assert.False(summary.DismissalReview);
    }
    [Fact]
    public void CrossMidnightOvertime_CountsToTheDayItStarted()
    {
        // May 12 08:58 → May 13 01:15: 20:30–24:00 = 210 + 00:00–01:15 = 75 → 285 minutes on May 12.
        // May 13 is still punched normally, so it is not an early arrival or a missed day.
        var s = new MayScenario().OnTimeEveryWorkday().Day(May(12), "08:58", "+01:15");
        var days = s.Days();
        Assert.Equal(285, days.Single(d => d.Date == May(12)).OvertimeMinutes);
        Assert.Equal(0, days.Single(d => d.Date == May(13)).OvertimeMinutes);
        var summary = s.Close();
        Assert.Equal(285, summary.WorkdayOvertimeMinutes);
        Assert.Empty(summary.Deductions);
    }
    [Fact]
    public void HalfDayLeave_ExcusesTheAfternoon()
    {
        // May 14 afternoon leave, punched 08:57 / 12:02 → 0.5 excused, nothing owed.
        var s = new MayScenario().OnTimeEveryWorkday().Day(May(14), "08:57", "12:02");
        s.Absences.Add(ApprovedAbsence.HalfDay(Id, AbsenceKind.Leave, May(14), DayHalf.Afternoon));
        var summary = s.Close();
        Assert.Equal((0.5m, 0m, 0), (summary.ExcusedDays, summary.AbsentDays, summary.EarlyMinutes));
        Assert.Empty(summary.Deductions);
    }
    [Fact]
    public void MissedPunches_CorrectedOneIsFreeUncorrectedOneCosts20()
    {
        // May 18 no evening punch, approved 补卡 → 0; May 19 no morning punch, no 补卡 → 20 元.
        var s = new MayScenario().OnTimeEveryWorkday().Day(May(18), "08:55").Day(May(19), "18:03");
        s.Corrections.Add(new PunchCorrection(Id, May(18), PunchSlot.EveningOut));
        var summary = s.Close();
        Assert.Equal((1, 1), (summary.MissedPunches, summary.CorrectedPunches));
        var line = Assert.Single(summary.Deductions);
        Assert.Equal((May(19), DeductionRule.MissedPunch, 20m), (line.Date, line.Rule, line.Amount));
        Assert.Equal(AnomalyKind.MissedPunch, Assert.Single(summary.Anomalies).Kind);
    }
    [Fact]
    public void OnSiteMonth_UsesCustomerHours()
    {
        // Customer hours 08:30–12:00 / 14:30–17:30; normally 08:25 / 17:35.
        //   May 6 in 08:40 → late 10; May 7 in 09:00 (on time at HQ) → late 30.
        //   arrivals 2 ≤ 3 free → 0 元; minutes: free 15 = 10 (May 6) + 5 (May 7), paid 25 × 20 = 500 元 on May 7
        //   May 8 out 17:20 → early 10 × 30 = 300 元.  Total 800 元.
        var s = new MayScenario();
        s.Employee = s.Employee with { Location = WorkLocation.OnSite, Schedule = new("环保局", new(8, 30), new(12, 0), new(14, 30), new(17, 30)) };
        s.OnTimeEveryWorkday("08:25", "17:35").Day(May(6), "08:40", "17:35").Day(May(7), "09:00", "17:35").Day(May(8), "08:25", "17:20");
        var summary = s.Close();
        Assert.Equal((2, 40, 10), (summary.LateCount, summary.LateMinutes, summary.EarlyMinutes));
        Assert.Equal([(DeductionRule.LateMinutes, 500m), (DeductionRule.EarlyLeave, 300m)], summary.Deductions.Select(d => (d.Rule, d.Amount)));
        Assert.Equal(800m, summary.TotalDeduction);
    }
    [Fact]
    public void RestDayOvertime_SundayWorkIsCountedNotCharged()
    {
        // Sunday May 10, 09:00–15:30 = 6 h 30 = 390 minutes of rest-day overtime.
        var summary = new MayScenario().OnTimeEveryWorkday().Day(May(10), "09:00", "15:30").Close();
        Assert.Equal((390, 0, 0), (summary.RestDayOvertimeMinutes, summary.WorkdayOvertimeMinutes, summary.HolidayOvertimeMinutes));
        Assert.Empty(summary.Deductions);
    }
    [Fact]
    public void HalfDayAbsence_IsRoundedToFen()
    {
        // May 21 arrives 13:00 → half day absent. Daily wage 333.335: 0.5 × 2 × 333.335 = 333.335 → 333.34 元 (四舍五入).
        var s = new MayScenario().OnTimeEveryWorkday().Day(May(21), "13:00", "18:00");
        s.Employee = s.Employee with { DailyWage = 333.335m };
        Assert.Equal(333.34m, s.Close().TotalDeduction);
    }
    [Fact]
    public void BusyMonth_EveryRuleOnceItemisedInDateOrder()
    {
        // Apr 27 late 12 (free: 12 of 15 minutes, arrival 1 of 3)
        // Apr 28 late 6  (free 3, paid 3 × 20 = 60; arrival 2)
        // May 6  late 1  (paid 1 × 20 = 20; arrival 3)
        // May 7  late 2  (4th arrival 10 + 2 × 20 = 40 → 50)
        // May 8  out 17:45 → early 15 × 30 = 450
        // May 11 out only → 上班忘签 20
        // May 12 in 12:10 → half day absent 0.5 × 2 × 300 = 300 (late 0: before 13:00)
        // May 13 no punches, whole-day trip → excused, nothing
        // total 60 + 20 + 50 + 450 + 20 + 300 = 900 元
        var s = new MayScenario().OnTimeEveryWorkday()
            .Day(new(2026, 4, 27), "09:12", "18:00").Day(new(2026, 4, 28), "09:06", "18:00")
            .Day(May(6), "09:01", "18:00").Day(May(7), "09:02", "18:00").Day(May(8), "08:55", "17:45")
            .Day(May(11), "18:10").Day(May(12), "12:10", "18:00").Day(May(13));
        s.Absences.Add(ApprovedAbsence.Days(Id, AbsenceKind.Trip, May(13), May(13)));
        var summary = s.Close();

        Assert.Equal(
            [
                (new DateOnly(2026, 4, 28), DeductionRule.LateMinutes, 60m),
                (May(6), DeductionRule.LateMinutes, 20m),
                (May(7), DeductionRule.LateArrival, 10m),
                (May(7), DeductionRule.LateMinutes, 40m),
                (May(8), DeductionRule.EarlyLeave, 450m),
                (May(11), DeductionRule.MissedPunch, 20m),
                (May(12), DeductionRule.Absence, 300m),
            ],
            summary.Deductions.Select(d => (d.Date, d.Rule, d.Amount)));
        Assert.Equal(900m, summary.TotalDeduction);
        Assert.Equal((4, 21, 1m, 0.5m), (summary.LateCount, summary.LateMinutes, summary.ExcusedDays, summary.AbsentDays));
        Assert.Equal(7, summary.Anomalies.Count);   // 4 lates, early, missed punch, absence
    }
}
