using Oa.Host.Features.Attendance.Rules;
using static Oa.Host.Tests.Attendance.MayScenario;

namespace Oa.Host.Tests.Attendance;

// Employment dates and the yearly absence count over period 2026-04-26 … 2026-05-25 (see MayScenario: 30 days, 19
// workdays). Daily wage 300 元 unless stated, so one absent day costs 2 × 300 = 600 元.
public sealed class EmploymentAndYearlyAbsenceTests
{
    [Fact]
    public void JoiningMidPeriod_OnlyEmployedDaysAreEvaluated()
    {
        // Hired May 11: May 11–25 = 15 days, workdays May 11–15, 18–22, 25 = 11; earlier
        // unpunched workdays are not absences.
        var s = new MayScenario();
        s.Employee = s.Employee with { HireDate = May(11) };
        foreach (var d in Period.Days().Where(d => d >= May(11) && s.Calendar.KindOf(d) == DayKind.Workday)) s.Day(d, "08:55", "18:05");
        var summary = s.Close();
        Assert.Equal((15, 11, 0m), (summary.EmployedDays, summary.RequiredWorkdays, summary.AbsentDays));
        Assert.Empty(summary.Deductions);
    }
    [Fact]
    public void LeavingMidPeriod_DaysAfterTheLastDayAreNotCounted()
    {
        // Last day May 8: Apr 26 – May 8 = 13 days, workdays Apr 27–30 + May 6–8 = 7.
        var s = new MayScenario().OnTimeEveryWorkday();
        s.Employee = s.Employee with { LeaveDate = May(8) };
        s.Punches.RemoveAll(p => p.At > May(8).ToDateTime(TimeOnly.MaxValue));
        var summary = PeriodCalculator.Close(Period, s.Employee, DayEvaluator.EvaluatePeriod(
            Period, s.Employee with { LeaveDate = null }, s.Calendar, s.Rules, s.Punches, s.Absences, s.Corrections), s.Rules);
        Assert.Equal((13, 7, 0m), (summary.EmployedDays, summary.RequiredWorkdays, summary.AbsentDays));
    }
    [Theory]
    // earlier days in 2026, punches on May 20 → days this year, flag, deduction
    [InlineData(2.0, "",            3.0, true,  600.0)]  // 2 + 1 = 3 → 年度旷工累计3天
    [InlineData(1.5, "12:30 18:00", 2.0, false, 300.0)]  // came after 12:00: 0.5 × 600 = 300; 1.5 + 0.5 = 2
    [InlineData(3.0, "08:55 18:05", 3.0, false,   0.0)]  // already flagged earlier, nothing new this period
    public void YearlyAbsence_ThirdDayRaisesDismissalReview(double earlier, string punches, double yearTotal, bool flag, double deduction)
    {
        var s = new MayScenario().OnTimeEveryWorkday().Day(May(20), punches.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var summary = s.Close(new() { [2026] = (decimal)earlier });
        Assert.Equal(((decimal)yearTotal, flag, (decimal)deduction), (summary.AbsenceDaysInYear, summary.DismissalReview, summary.TotalDeduction));
    }
    [Fact]
    public void YearlyAbsence_DecemberDaysOfAJanuaryPeriodCountToTheOldYear()
    {
        // Period 2026-12-26 … 2027-01-25 (own calendar: weekends only). 2 days absent earlier in 2026;
        // Mon 2026-12-28 absent → 2026 reaches 3 → review. 2027 has 0 so far.
        var period = AttendancePeriod.EndingIn(2027, 1, AttendanceRules.Default);
        var employee = new AttendanceEmployee(Id, "张三", 300m, new(2020, 1, 1), null, WorkLocation.Headquarters, Schedule.Headquarters);
        var calendar = new WorkCalendar();
        var punches = period.Days().Where(d => calendar.KindOf(d) == DayKind.Workday && d != new DateOnly(2026, 12, 28))
            .SelectMany(d => new[] { new Punch(Id, d.ToDateTime(new(8, 55))), new Punch(Id, d.ToDateTime(new(18, 5))) }).ToList();
        var days = DayEvaluator.EvaluatePeriod(period, employee, calendar, AttendanceRules.Default, punches, [], []);
        var summary = PeriodCalculator.Close(period, employee, days, AttendanceRules.Default, new Dictionary<int, decimal> { [2026] = 2m });
        Assert.True(summary.DismissalReview);
        Assert.Equal((1m, 0m, 600m), (summary.AbsentDays, summary.AbsenceDaysInYear, summary.TotalDeduction));
    }
}
