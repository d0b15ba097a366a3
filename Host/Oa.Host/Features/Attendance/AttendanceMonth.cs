using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Attendance.Close;
using Oa.Host.Features.Attendance.Rules;
using Oa.Host.Features.Shared;
using Oa.Host.Identity;

namespace Oa.Host.Features.Attendance;

/// <summary>
/// "My month": a closed period shows what the close stored (and what the deductions were); an open one is evaluated
/// live with the same rules, so employees see late minutes and missed punches while they can still file a 补卡.
/// </summary>
public static class AttendanceMonth
{
    public sealed record View(string PeriodId, DateOnly Start, DateOnly End, string State, IReadOnlyList<DayView> Days, PeriodSummaryRecord? Summary, IReadOnlyList<DeductionRecord> Deductions);
    public sealed record DayView(DateOnly Date, string Kind, int LateMinutes, int EarlyMinutes, string MissedSlots, string CorrectedSlots, decimal AbsentDays, decimal ExcusedDays, int OvertimeMinutes);

    public static async Task<Results<Ok<View>, ForbidHttpResult, NotFound, ValidationProblem>> Get(
        ClaimsPrincipal me, OaDbContext db, AttendanceRules rules, TimeProvider clock, string? period, string? user, CancellationToken ct)
    {
        var who = string.IsNullOrEmpty(user) ? me.UserName() : user;
        if (!string.Equals(who, me.UserName(), StringComparison.OrdinalIgnoreCase) && !me.IsHr()) return TypedResults.Forbid();
        var view = await LoadAsync(db, rules, clock, period, who, ct);
        if (view is null && period is not null && AttendanceData.ParsePeriod(period, rules) is null)
            return new FieldErrors().Add("period", "考勤周期格式应为 yyyy-MM (period must be yyyy-MM)").ToResult();
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    /// <summary>The period containing today when none is named. Null for a bad period or someone who is not an employee.</summary>
    public static async Task<View?> LoadAsync(OaDbContext db, AttendanceRules rules, TimeProvider clock, string? periodId, string userName, CancellationToken ct)
    {
        var today = AttendanceClock.Today(clock);
        var period = periodId is null ? Containing(today, rules) : AttendanceData.ParsePeriod(periodId, rules);
        if (period is null) return null;
        var id = AttendanceData.PeriodId(period);
        var row = await db.AttendancePeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        var state = row?.State ?? AttendancePeriodRecord.Open;
        if (state != AttendancePeriodRecord.Open)
        {
            var days = await db.DayResults.AsNoTracking().Where(d => d.PeriodId == id && d.UserName == userName).OrderBy(d => d.Date).ToListAsync(ct);
            var summary = await db.PeriodSummaries.AsNoTracking().FirstOrDefaultAsync(s => s.PeriodId == id && s.UserName == userName, ct);
            var lines = await db.Deductions.AsNoTracking().Where(d => d.PeriodId == id && d.UserName == userName).OrderBy(d => d.Date).ToListAsync(ct);
            return new View(id, period.Start, period.End, state, [.. days.Select(d => new DayView(d.Date, d.Kind, d.LateMinutes, d.EarlyMinutes,
                d.MissedSlots, d.CorrectedSlots, d.AbsentDays, d.ExcusedDays, d.OvertimeMinutes))], summary, lines);
        }
        var employee = (await AttendanceData.EmployeesAsync(db, ct)).FirstOrDefault(e => e.Employee.Id == userName).Employee;
        if (employee is null) return null;
        // Only days that are over: today's afternoon punch may still come.
        var upTo = new AttendancePeriod(period.Start, period.End < today ? period.End : today.AddDays(-1));
        var live = upTo.End < upTo.Start ? [] : DayEvaluator.EvaluatePeriod(upTo, employee, await AttendanceData.CalendarAsync(db, ct), rules,
            await AttendanceData.PunchesAsync(db, upTo, userName, ct), await AbsenceSource.LoadAsync(db, upTo, ct), await AttendanceData.CorrectionsAsync(db, upTo, userName, ct));
        return new View(id, period.Start, period.End, state, [.. live.Select(d => new DayView(d.Date, d.Kind.ToString(), d.LateMinutes, d.EarlyMinutes,
            string.Join(',', d.MissedPunches), string.Join(',', d.CorrectedPunches), d.AbsentDays, d.ExcusedDays, d.OvertimeMinutes))], null, []);
    }

    public static AttendancePeriod Containing(DateOnly day, AttendanceRules rules)
    {
        var next = day.AddMonths(1);
        foreach (var candidate in new[] { AttendancePeriod.EndingIn(day.Year, day.Month, rules), AttendancePeriod.EndingIn(next.Year, next.Month, rules) })
            if (candidate.Contains(day)) return candidate;
        return AttendancePeriod.EndingIn(day.Year, day.Month, rules);
    }
}
