namespace Oa.Host.Features.Attendance.Rules;

public static class DayEvaluator
{
    // Evaluates every day of the period on which the employee was employed; days before hiring
    // or after leaving are not evaluated at all (no absence, no allowance).
    public static IReadOnlyList<DayResult> EvaluatePeriod(
        AttendancePeriod period, AttendanceEmployee employee, WorkCalendar calendar, AttendanceRules rules,
        IReadOnlyCollection<Punch> punches, IReadOnlyCollection<ApprovedAbsence> absences, IReadOnlyCollection<PunchCorrection> corrections) =>
        [.. period.Days().Where(employee.IsEmployedOn)
            .Select(d => Evaluate(d, employee, calendar, rules, punches, absences, corrections))];

    public static DayResult Evaluate(
        DateOnly date, AttendanceEmployee employee, WorkCalendar calendar, AttendanceRules rules,
        IEnumerable<Punch> punches, IEnumerable<ApprovedAbsence> absences, IEnumerable<PunchCorrection> corrections)
    {
        // The attendance day runs from the day boundary (05:00) to the next one, so a punch at
        // 01:15 closes yesterday's overtime instead of opening today.
        var dayStart = date.ToDateTime(rules.DayBoundary);
        var times = punches
            .Where(p => p.EmployeeId == employee.Id && p.At >= dayStart && p.At < dayStart.AddDays(1))
            .Select(p => p.At).Order().ToList();
        var kind = calendar.KindOf(date);
        // Rest days and holidays: first to last punch, lunch not deducted (the seed sets no rule;
        // 加班详细补贴及规定参照考勤制度 — the detailed policy is not in the seeds).
        if (kind != DayKind.Workday)
            return DayResult.Rest(date, kind, times.Count >= 2 ? Minutes(times[^1] - times[0]) : 0);

        var overtimeFrom = date.ToDateTime(rules.WorkdayOvertimeFrom);
        var overtime = times.Count > 0 && times[^1] > overtimeFrom ? Minutes(times[^1] - overtimeFrom) : 0;

        var mine = absences.Where(a => a.EmployeeId == employee.Id).ToList();
        var morningExcused = mine.Any(a => a.Covers(date, DayHalf.Morning));
        var afternoonExcused = mine.Any(a => a.Covers(date, DayHalf.Afternoon));
        var excused = (morningExcused ? 0.5m : 0m) + (afternoonExcused ? 0.5m : 0m);
        if (excused == 1m) return new DayResult(date, kind, 0, 0, [], [], 0m, 1m, overtime);

        var s = employee.ScheduleOn(date);
        DateTime At(TimeOnly t) => date.ToDateTime(t);
        var requiredStart = At(morningExcused ? s.AfternoonStart : s.MorningStart);
        var requiredEnd = At(afternoonExcused ? s.MorningEnd : s.AfternoonEnd);

        // With a single punch we cannot tell in from out by order: before the middle of the
        // required hours it is the arrival, after it the departure.
        DateTime? arrival = null, departure = null;
        if (times.Count >= 2) (arrival, departure) = (times[0], times[^1]);
        else if (times.Count == 1 && times[0] < requiredStart + (requiredEnd - requiredStart) / 2) arrival = times[0];
        else if (times.Count == 1) departure = times[0];

        var fixes = corrections.Where(c => c.EmployeeId == employee.Id && c.Date == date).Select(c => c.Slot).ToHashSet();
        List<PunchSlot> missed = [], corrected = [];
        if (arrival is null && fixes.Contains(PunchSlot.MorningIn)) { arrival = requiredStart; corrected.Add(PunchSlot.MorningIn); }
        if (departure is null && fixes.Contains(PunchSlot.EveningOut)) { departure = requiredEnd; corrected.Add(PunchSlot.EveningOut); }

        // 无故不出勤视为旷工: no punch and no 补卡 on a required day is absence, not two missed punches.
        if (arrival is null && departure is null)
            return new DayResult(date, kind, 0, 0, [], [], 1m - excused, excused, overtime);
        if (arrival is null) missed.Add(PunchSlot.MorningIn);
        if (departure is null) missed.Add(PunchSlot.EveningOut);

        var absent = 0m;
        var late = 0;
        if (arrival is { } a)
        {
            // Arriving after the morning segment is over is a half-day absence; lateness is then
            // measured against the afternoon start.
            var start = requiredStart;
            if (!morningExcused && a >= At(s.MorningEnd)) { absent += 0.5m; start = afternoonExcused ? a : At(s.AfternoonStart); }
            late = Math.Max(0, Minutes(a - start));
        }
        var early = 0;
        if (departure is { } d)
        {
            // Leaving before the afternoon segment starts is a half-day absence; early minutes are
            // then measured against the morning end.
            var end = requiredEnd;
            if (!afternoonExcused && d <= At(s.AfternoonStart)) { absent += 0.5m; end = morningExcused ? d : At(s.MorningEnd); }
            early = Math.Max(0, Minutes(end - d));
        }
        return new DayResult(date, kind, late, early, missed, corrected, Math.Min(absent, 1m - excused), excused, overtime);
    }

    // Whole minutes, seconds dropped: 09:00:59 is on time, 09:01:00 is one minute late.
    private static int Minutes(TimeSpan span) => (int)Math.Floor(span.TotalMinutes);
}
