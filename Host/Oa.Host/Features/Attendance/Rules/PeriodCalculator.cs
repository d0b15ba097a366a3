namespace Oa.Host.Features.Attendance.Rules;

public static class PeriodCalculator
{
    // earlierAbsenceDaysByYear: absence days already closed in each calendar year before this
    // period (a period ending in January also reaches back into December of the old year).
    public static PeriodSummary Close(
        AttendancePeriod period, AttendanceEmployee employee, IEnumerable<DayResult> days, AttendanceRules rules,
        IReadOnlyDictionary<int, decimal>? earlierAbsenceDaysByYear = null)
    {
        // Only employed days inside the period count: a mid-period joiner is not absent before
        // the hire date, a leaver not after the last day.
        var counted = days.Where(d => period.Contains(d.Date) && employee.IsEmployedOn(d.Date))
            .DistinctBy(d => d.Date).OrderBy(d => d.Date).ToList();
        var lines = new List<DeductionLine>();
        var anomalies = new List<Anomaly>();
        var arrivals = 0;
        var freeMinutesLeft = rules.FreeLateMinutes;

        foreach (var day in counted)
        {
            var before = lines.Count;
            if (day.LateMinutes > 0)
            {
                // 每月员工可以有3次迟到免罚和累计迟到15分钟免罚: the 4th and later arrivals pay the
                // 10 元; minutes pay 20 元 each once the month's first 15 are used up, in date order.
                arrivals++;
                if (arrivals > rules.FreeLateArrivals)
                    lines.Add(Line(day.Date, DeductionRule.LateArrival, 1, rules.LatePerArrival, $"第{arrivals}次迟到"));
                var free = Math.Min(freeMinutesLeft, day.LateMinutes);
                freeMinutesLeft -= free;
                if (day.LateMinutes > free)
                    lines.Add(Line(day.Date, DeductionRule.LateMinutes, day.LateMinutes - free, rules.LatePerMinute,
                        $"迟到{day.LateMinutes}分钟，免罚{free}分钟"));
                anomalies.Add(new Anomaly(day.Date, AnomalyKind.Late, day.LateMinutes, SumSince(lines, before)));
            }
            if (day.EarlyMinutes > 0)
            {
                var line = Line(day.Date, DeductionRule.EarlyLeave, day.EarlyMinutes, rules.EarlyPerMinute, $"早退{day.EarlyMinutes}分钟");
                lines.Add(line);
                anomalies.Add(new Anomaly(day.Date, AnomalyKind.EarlyLeave, day.EarlyMinutes, line.Amount));
            }
            foreach (var slot in day.MissedPunches)
            {
                var line = Line(day.Date, DeductionRule.MissedPunch, 1, rules.MissedPunch,
                    slot == PunchSlot.MorningIn ? "上班忘签（未补卡）" : "下班忘签（未补卡）");
                lines.Add(line);
                anomalies.Add(new Anomaly(day.Date, AnomalyKind.MissedPunch, 1, line.Amount));
            }
            if (day.AbsentDays > 0)
            {
                var line = Line(day.Date, DeductionRule.Absence, day.AbsentDays, rules.AbsenceWageMultiplier * employee.DailyWage,
                    $"旷工{day.AbsentDays:0.#}天 × {rules.AbsenceWageMultiplier:0.#}倍日工资");
                lines.Add(line);
                anomalies.Add(new Anomaly(day.Date, AnomalyKind.Absent, day.AbsentDays, line.Amount));
            }
        }

        // 年度旷工累计3天，公司有权予以辞退: raised by the period whose absences reach the threshold
        // in some calendar year (not again by later periods without new absences).
        var earlier = earlierAbsenceDaysByYear ?? new Dictionary<int, decimal>();
        var newByYear = counted.Where(d => d.AbsentDays > 0).GroupBy(d => d.Date.Year)
            .ToDictionary(g => g.Key, g => g.Sum(d => d.AbsentDays));
        var review = newByYear.Any(y => earlier.GetValueOrDefault(y.Key) + y.Value >= rules.DismissalReviewAbsenceDays);
        var year = period.End.Year;

        return new PeriodSummary(
            period, employee.Id,
            EmployedDays: counted.Count,
            RequiredWorkdays: counted.Count(d => d.Kind == DayKind.Workday),
            LateCount: counted.Count(d => d.LateMinutes > 0),
            LateMinutes: counted.Sum(d => d.LateMinutes),
            EarlyCount: counted.Count(d => d.EarlyMinutes > 0),
            EarlyMinutes: counted.Sum(d => d.EarlyMinutes),
            MissedPunches: counted.Sum(d => d.MissedPunches.Count),
            CorrectedPunches: counted.Sum(d => d.CorrectedPunches.Count),
            AbsentDays: counted.Sum(d => d.AbsentDays),
            ExcusedDays: counted.Sum(d => d.ExcusedDays),
            WorkdayOvertimeMinutes: OvertimeOf(counted, DayKind.Workday),
            RestDayOvertimeMinutes: OvertimeOf(counted, DayKind.RestDay),
            HolidayOvertimeMinutes: OvertimeOf(counted, DayKind.Holiday),
            lines, anomalies,
            AbsenceDaysInYear: earlier.GetValueOrDefault(year) + newByYear.GetValueOrDefault(year),
            DismissalReview: review);
    }

    private static int OvertimeOf(List<DayResult> days, DayKind kind) =>
        days.Where(d => d.Kind == kind).Sum(d => d.OvertimeMinutes);

    private static decimal SumSince(List<DeductionLine> lines, int from) => lines.Skip(from).Sum(l => l.Amount);

    // Money is decimal and rounded to 分 per line, half away from zero (the usual 四舍五入), so the
    // total is exactly the sum of the printed lines.
    private static DeductionLine Line(DateOnly date, DeductionRule rule, decimal quantity, decimal unit, string text) =>
        new(date, rule, quantity, unit, Math.Round(quantity * unit, 2, MidpointRounding.AwayFromZero), text);
}
