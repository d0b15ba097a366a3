using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Features.Org;
using Oa.Host.Identity;

namespace Oa.Host.Features.Reports;

/// <summary>
/// 团队看板 on 工作台 for department heads: their team's (the departments they head, and below) open requests, how many
/// of those are overdue, this month's volume, and the step where the team's requests waited longest over the last
/// <see cref="BottleneckDays"/> days. Only the team counts here, even for a head who also administers processes.
/// </summary>
public sealed class ManagerDashboard(OaDbContext db, OrgCache org, ProcessReports reports)
{
    public const int BottleneckDays = 90;

    public sealed record Late(string InstanceId, string Title, string? Initiator, string Node, DateTimeOffset DueAt);
    public sealed record Bottleneck(string ProcessKey, string ProcessName, string ElementId, string Node, double AverageHours, int Completed);
    public sealed record Figures(string Team, int OpenRequests, int OverdueRequests, int StartedThisMonth, Bottleneck? TopBottleneck, IReadOnlyList<Late> Overdue);

    /// <summary>Null for someone who heads no department.</summary>
    public async Task<Figures?> ForAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var snapshot = await org.GetAsync(ct);
        var name = user.UserName();
        var departments = ReportScope.HeadedSubtree(snapshot, name).ToList();
        if (departments.Count == 0) return null;
        var team = string.Join("、", snapshot.Departments.Where(d => string.Equals(d.HeadUserName, name, StringComparison.OrdinalIgnoreCase)).Select(d => d.Name).Order(StringComparer.Ordinal));

        var instances = db.ProcessInstances.AsNoTracking().Where(i => i.InitiatorDepartmentId != null && departments.Contains(i.InitiatorDepartmentId));
        var running = instances.Where(i => i.Status == "running");
        var now = reports.Now;
        var open = await running.CountAsync(ct);
        var runningIds = running.Select(i => i.Id);
        var lateTasks = db.Tasks.AsNoTracking().Where(t => t.Status == WorkTaskStatus.Open && t.DueAt < now && runningIds.Contains(t.InstanceId));
        var overdue = await lateTasks.Select(t => t.InstanceId).Distinct().CountAsync(ct);
        var late = (await lateTasks.OrderBy(t => t.DueAt).Take(20)
                .Select(t => new { t.InstanceId, t.InstanceTitle, t.Initiator, t.Name, t.DueAt }).ToListAsync(ct))
            .DistinctBy(t => t.InstanceId).Take(5)
            .Select(t => new Late(t.InstanceId, t.InstanceTitle, snapshot.GetUser(t.Initiator ?? "")?.DisplayName ?? t.Initiator, t.Name, t.DueAt!.Value)).ToList();

        var local = TimeZoneInfo.ConvertTime(now, reports.Zone);
        var monthStart = reports.Start(new DateOnly(local.Year, local.Month, 1));
        var thisMonth = await instances.CountAsync(i => i.StartedAt >= monthStart, ct);

        var since = now.AddDays(-BottleneckDays);
        var ids = instances.Select(i => i.Id);
        var done = await db.Tasks.AsNoTracking()
            .Where(t => t.Status == WorkTaskStatus.Completed && t.CompletedAt != null && t.CompletedAt >= since && ids.Contains(t.InstanceId))
            .Select(t => new { t.ProcessKey, t.ProcessName, t.ElementId, t.Name, t.CreatedAt, t.CompletedAt }).ToListAsync(ct);
        var top = done.GroupBy(t => (t.ProcessKey, t.ElementId))
            .Select(g => new Bottleneck(g.Key.ProcessKey, g.First().ProcessName, g.Key.ElementId, g.First().Name,
                Math.Round(g.Average(t => (t.CompletedAt!.Value - t.CreatedAt).TotalHours), 2), g.Count()))
            .OrderByDescending(b => b.AverageHours).ThenBy(b => b.ProcessKey, StringComparer.Ordinal).FirstOrDefault();
        return new Figures(team, open, overdue, thisMonth, top, late);
    }
}
