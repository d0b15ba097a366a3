using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Attendance.Rules;
using RuleSchedule = Oa.Host.Features.Attendance.Rules.Schedule;

namespace Oa.Host.Features.Attendance;

/// <summary>Loads what the rules need from the database: calendar, employees with their schedules, punches, 补卡.</summary>
public static class AttendanceData
{
    public static async Task<WorkCalendar> CalendarAsync(OaDbContext db, CancellationToken ct)
    {
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
        return new WorkCalendar(
            days.Where(d => d.Kind == CalendarKinds.Holiday).Select(d => d.Date),
            days.Where(d => d.Kind == CalendarKinds.Workday).Select(d => d.Date));
    }

    /// <summary>
    /// Active people with a department and a hire date (the bootstrap admin has neither and is not an employee).
    /// A missing schedule assignment means the headquarters hours; schedule spans override it for their days.
    /// </summary>
    public static async Task<List<(AttendanceEmployee Employee, string DisplayName, string? DepartmentId)>> EmployeesAsync(OaDbContext db, CancellationToken ct)
    {
        var schedules = await db.Schedules.AsNoTracking().ToDictionaryAsync(s => s.Id, ToRule, ct);
        var assigned = await db.ScheduleAssignments.AsNoTracking().ToDictionaryAsync(a => a.UserName, a => a.ScheduleId, ct);
        // A span naming a schedule that no longer exists is skipped rather than guessed at.
        var spans = (await db.ScheduleSpans.AsNoTracking().ToListAsync(ct))
            .Where(x => schedules.ContainsKey(x.ScheduleId)).ToLookup(x => x.UserName, x => new ScheduleSpan(x.From, x.To, schedules[x.ScheduleId]));
        var users = await db.Users.AsNoTracking().Where(u => u.Active && u.DepartmentId != null && u.HireDate != null)
            .OrderBy(u => u.UserName).ToListAsync(ct);
        return users.Select(u =>
        {
            var schedule = assigned.TryGetValue(u.UserName!, out var id) && schedules.TryGetValue(id, out var s) ? s : RuleSchedule.Headquarters;
            var location = u.Location == Identity.WorkLocation.OnSite ? WorkLocation.OnSite : WorkLocation.Headquarters;
            return (new AttendanceEmployee(u.UserName!, u.DisplayName, u.DailyWage, u.HireDate!.Value, null, location, schedule, [.. spans[u.UserName!]]), u.DisplayName, u.DepartmentId);
        }).ToList();
    }

    public static RuleSchedule ToRule(ScheduleRecord s) => new(s.Name, s.MorningStart, s.MorningEnd, s.AfternoonStart, s.AfternoonEnd);

    /// <summary>Punches of the period, including the morning after its last day (overtime past midnight).</summary>
    public static async Task<List<Punch>> PunchesAsync(OaDbContext db, AttendancePeriod period, string? userName, CancellationToken ct)
    {
        var from = period.Start.ToDateTime(TimeOnly.MinValue);
        var to = period.End.AddDays(2).ToDateTime(TimeOnly.MinValue);
        var query = db.Punches.AsNoTracking().Where(p => p.At >= from && p.At < to);
        if (userName is not null) query = query.Where(p => p.UserName == userName);
        return (await query.Select(p => new { p.UserName, p.At }).ToListAsync(ct)).Select(p => new Punch(p.UserName, p.At)).ToList();
    }

    public static async Task<List<PunchCorrection>> CorrectionsAsync(OaDbContext db, AttendancePeriod period, string? userName, CancellationToken ct)
    {
        var query = db.PunchCorrections.AsNoTracking().Where(c => c.Date >= period.Start && c.Date <= period.End);
        if (userName is not null) query = query.Where(c => c.UserName == userName);
        return (await query.ToListAsync(ct))
            .Select(c => new PunchCorrection(c.UserName, c.Date, Enum.Parse<PunchSlot>(c.Slot))).ToList();
    }

    /// <summary>"2026-05" → 2026-04-26…2026-05-25 under the rules; null for anything else.</summary>
    public static AttendancePeriod? ParsePeriod(string? id, AttendanceRules rules) =>
        id is { Length: 7 } && int.TryParse(id[..4], out var y) && id[4] == '-' && int.TryParse(id[5..], out var m) && y is >= 2000 and <= 2100 && m is >= 1 and <= 12
            ? AttendancePeriod.EndingIn(y, m, rules) : null;

    public static string PeriodId(AttendancePeriod period) => period.End.ToString("yyyy-MM");
}
