using Oa.Host.Data.Engine;
using Oa.Host.Features.Workbench;

namespace Oa.Host.Features.Reports;

/// <summary>
/// The figures of one process report, computed from plain instance and task rows (no I/O, so tests can check them
/// against hand-computed fixtures). Durations are task created → completed in hours; cancelled tasks (withdrawn,
/// moved away) were never handled and count nowhere. p90 uses the nearest-rank method: the smallest duration that at
/// least 90 % of the completed tasks do not exceed.
/// </summary>
public static class ProcessFigures
{
    public sealed record InstanceRow(string Id, string Status, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);
    public sealed record TaskRow(string InstanceId, string ElementId, string Name, string? Assignee, WorkTaskStatus Status,
        DateTimeOffset CreatedAt, DateTimeOffset? DueAt, DateTimeOffset? CompletedAt, string? CompletedBy);

    public sealed record MonthCount(string Month, int Count);
    public sealed record StatusCount(string Status, string Label, int Count);
    public sealed record NodeFigures(string ElementId, string Name, int Completed, int Open, double? AverageHours, double? P90Hours, int Overdue);
    public sealed record ApproverFigures(string UserName, string Name, int Open, int Done, double? AverageHours, int Overdue);
    public sealed record Result(int Instances, IReadOnlyList<MonthCount> Months, IReadOnlyList<StatusCount> Statuses,
        IReadOnlyList<NodeFigures> Nodes, NodeFigures? Bottleneck, int OverdueTasks, int OverdueOpenTasks, int OverdueInstances,
        IReadOnlyList<ApproverFigures> Approvers);

    public static Result Compute(IReadOnlyList<InstanceRow> instances, IReadOnlyList<TaskRow> tasks, DateTimeOffset now, TimeZoneInfo zone)
    {
        var handled = tasks.Where(t => t.Status != WorkTaskStatus.Cancelled).ToList();
        bool Overdue(TaskRow t) => t.DueAt is { } due && (t.Status == WorkTaskStatus.Completed ? t.CompletedAt > due : now > due);

        var months = instances.GroupBy(i => TimeZoneInfo.ConvertTime(i.StartedAt, zone).ToString("yyyy-MM"))
            .Select(g => new MonthCount(g.Key, g.Count())).OrderBy(m => m.Month, StringComparer.Ordinal).ToList();
        var statuses = instances.GroupBy(i => i.Status).Select(g => new StatusCount(g.Key, Words.Status(g.Key), g.Count()))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Status, StringComparer.Ordinal).ToList();

        // Nodes in the order work first reached them, so the table reads like the process.
        var nodes = handled.GroupBy(t => t.ElementId).Select(g =>
        {
            var durations = Durations(g.Where(t => t.Status == WorkTaskStatus.Completed));
            return (First: g.Min(t => t.CreatedAt), Figures: new NodeFigures(g.Key, g.MaxBy(t => t.CreatedAt)!.Name, durations.Count,
                g.Count(t => t.Status == WorkTaskStatus.Open), Average(durations), P90(durations), g.Count(Overdue)));
        }).OrderBy(n => n.First).Select(n => n.Figures).ToList();
        // 瓶颈: where a request waits longest on average; ties go to the node that is more often late.
        var bottleneck = nodes.Where(n => n.AverageHours is not null).OrderByDescending(n => n.AverageHours).ThenByDescending(n => n.Overdue).FirstOrDefault();

        var overdue = handled.Where(Overdue).ToList();
        var approvers = handled.GroupBy(t => t.Status == WorkTaskStatus.Completed ? t.CompletedBy ?? t.Assignee ?? "" : t.Assignee ?? "").Select(g =>
        {
            var done = Durations(g.Where(t => t.Status == WorkTaskStatus.Completed));
            return new ApproverFigures(g.Key, g.Key, g.Count(t => t.Status == WorkTaskStatus.Open), done.Count, Average(done), g.Count(Overdue));
        }).OrderByDescending(a => a.Open + a.Done).ThenBy(a => a.UserName, StringComparer.Ordinal).ToList();

        return new Result(instances.Count, months, statuses, nodes, bottleneck, overdue.Count,
            overdue.Count(t => t.Status == WorkTaskStatus.Open), overdue.Select(t => t.InstanceId).Distinct().Count(), approvers);
    }

    private static List<double> Durations(IEnumerable<TaskRow> completed) =>
        completed.Where(t => t.CompletedAt is not null).Select(t => (t.CompletedAt!.Value - t.CreatedAt).TotalHours).Order().ToList();

    private static double? Average(List<double> sorted) => sorted.Count == 0 ? null : Math.Round(sorted.Average(), 2);

    /// <summary>Nearest rank on an ascending list: the value at position ⌈0.9·n⌉.</summary>
    public static double? P90(List<double> sorted) => sorted.Count == 0 ? null : Math.Round(sorted[(int)Math.Ceiling(0.9 * sorted.Count) - 1], 2);
}
