using System.Globalization;
using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Tests.Attendance;

// Period "2026-05" = 2026-04-26 (Sun) … 2026-05-25 (Mon), 30 days, with its own calendar:
// 劳动节 holidays May 1–5 and the make-up working Saturday May 9.
//   workdays: Apr 27–30 (4) + May 6–8 (3) + May 9 调休 (1) + May 11–15 (5) + May 18–22 (5) + May 25 (1) = 19
//   holidays: May 1–5 = 5;  rest days: Apr 26, May 10, 16, 17, 23, 24 = 6;  19 + 5 + 6 = 30
internal sealed class MayScenario
{
    public const string Id = "e1";
    public static readonly AttendancePeriod Period = new(new(2026, 4, 26), new(2026, 5, 25));

    public static DateOnly May(int day) => new(2026, 5, day);

    public WorkCalendar Calendar { get; } = new([May(1), May(2), May(3), May(4), May(5)], [May(9)]);
    public AttendanceRules Rules { get; set; } = AttendanceRules.Default;
    public AttendanceEmployee Employee { get; set; } =
        new(Id, "张三", 300m, new(2020, 1, 1), null, WorkLocation.Headquarters, Schedule.Headquarters);
    public List<Punch> Punches { get; } = [];
    public List<ApprovedAbsence> Absences { get; } = [];
    public List<PunchCorrection> Corrections { get; } = [];

    // 08:55 in / 18:05 out on every workday of the period (or the given schedule-free times).
    public MayScenario OnTimeEveryWorkday(string arrive = "08:55", string leave = "18:05")
    {
        foreach (var d in Period.Days().Where(d => Calendar.KindOf(d) == DayKind.Workday)) Day(d, arrive, leave);
        return this;
    }

    // Replaces the punches of one attendance day; "+01:15" is 01:15 on the next morning.
    public MayScenario Day(DateOnly date, params string[] times)
    {
        var from = date.ToDateTime(new TimeOnly(5, 0));
        Punches.RemoveAll(p => p.At >= from && p.At < from.AddDays(1));
        foreach (var t in times)
        {
            var next = t.StartsWith('+');
            var time = TimeOnly.Parse(t.TrimStart('+'), CultureInfo.InvariantCulture);
            Punches.Add(new Punch(Id, (next ? date.AddDays(1) : date).ToDateTime(time)));
        }
        return this;
    }

    public IReadOnlyList<DayResult> Days() =>
        DayEvaluator.EvaluatePeriod(Period, Employee, Calendar, Rules, Punches, Absences, Corrections);

    public DayResult Evaluate(DateOnly date) =>
        DayEvaluator.Evaluate(date, Employee, Calendar, Rules, Punches, Absences, Corrections);

    public PeriodSummary Close(Dictionary<int, decimal>? earlierAbsences = null) =>
        PeriodCalculator.Close(Period, Employee, Days(), Rules, earlierAbsences);
}
