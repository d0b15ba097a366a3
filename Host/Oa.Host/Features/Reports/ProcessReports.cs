using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Reports;

/// <summary>
/// Loads what a process report needs — the caller's instances in the period and their tasks, a few columns each —
/// and hands them to <see cref="ProcessFigures"/>. The period is on the start date (发起日期), inclusive at both ends.
/// </summary>
public sealed class ProcessReports(OaDbContext db, EngineHost engine, OrgCache org, TimeProvider clock)
{
    public sealed record Period(DateOnly? From, DateOnly? To);
    public sealed record ProcessLine(string Key, string Name, string? Category, int Instances, int Running, int OverdueOpenTasks);
    public sealed record Report(string Key, string Name, Period Period, ProcessFigures.Result Figures);

    public DateTimeOffset Now => clock.GetUtcNow();
    public TimeZoneInfo Zone => clock.LocalTimeZone;

    public async Task<(ReportScope Scope, OrgSnapshot Org)> ScopeAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var snapshot = await org.GetAsync(ct);
        return (ReportScope.For(user, engine, snapshot), snapshot);
    }

    public IQueryable<ProcessInstanceRecord> Instances(ReportScope scope, Period period)
    {
        var query = scope.Filter(db.ProcessInstances.AsNoTracking());
        if (period.From is { } from) { var start = Start(from); query = query.Where(i => i.StartedAt >= start); }
        if (period.To is { } to) { var end = Start(to.AddDays(1)); query = query.Where(i => i.StartedAt < end); }
        return query;
    }

    /// <summary>Midnight of the day in the host's time zone, the way people mean "from 1 March".</summary>
    public DateTimeOffset Start(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, clock.LocalTimeZone.GetUtcOffset(local));
    }

    public async Task<IReadOnlyList<ProcessLine>> ProcessesAsync(ReportScope scope, Period period, CancellationToken ct)
    {
        var instances = Instances(scope, period);
        var counts = await instances.GroupBy(i => i.ProcessKey)
            .Select(g => new { Key = g.Key, Total = g.Count(), Running = g.Count(i => i.Status == "running"), Name = g.Max(i => i.ProcessName) }).ToListAsync(ct);
        var now = Now;
        var ids = instances.Select(i => i.Id);
        var overdue = await db.Tasks.AsNoTracking().Where(t => t.Status == WorkTaskStatus.Open && t.DueAt < now && ids.Contains(t.InstanceId))
            .GroupBy(t => t.ProcessKey).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return counts.Select(c =>
        {
            var latest = engine.Definitions.LatestOf(c.Key);
            return new ProcessLine(c.Key, latest?.Name ?? c.Name ?? c.Key, latest?.Category, c.Total, c.Running, overdue.GetValueOrDefault(c.Key));
        }).OrderByDescending(l => l.Instances).ThenBy(l => l.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>Null when the caller may see no instance of this process at all (the API answers 404).</summary>
    public async Task<Report?> ForProcessAsync(ReportScope scope, OrgSnapshot snapshot, string key, Period period, CancellationToken ct)
    {
        var latest = engine.Definitions.LatestOf(key);
        var instances = Instances(scope, period).Where(i => i.ProcessKey == key);
        var rows = await instances.Select(i => new ProcessFigures.InstanceRow(i.Id, i.Status, i.StartedAt, i.EndedAt)).ToListAsync(ct);
        if (rows.Count == 0 && (latest is null || !scope.All && !scope.ProcessKeys.Contains(key) && scope.Departments.Count == 0)) return null;
        var ids = instances.Select(i => i.Id);
        var tasks = await db.Tasks.AsNoTracking().Where(t => ids.Contains(t.InstanceId))
            .Select(t => new ProcessFigures.TaskRow(t.InstanceId, t.ElementId, t.Name, t.Assignee, t.Status, t.CreatedAt, t.DueAt, t.CompletedAt, t.CompletedBy))
            .ToListAsync(ct);
        var figures = ProcessFigures.Compute(rows, tasks, Now, clock.LocalTimeZone);
        figures = figures with
        {
            Approvers = figures.Approvers.Select(a => a with { Name = a.UserName == "" ? "未认领" : snapshot.GetUser(a.UserName)?.DisplayName ?? a.UserName }).ToList(),
        };
        var name = latest?.Name ?? await instances.Select(i => i.ProcessName).FirstOrDefaultAsync(ct) ?? key;
        return new Report(key, name, period, figures);
    }
}
