using Oa.Host.Data.Engine;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Workbench;

/// <summary>One task of a diagram node as the click-a-node panel lists it.</summary>
public sealed record NodeTask(string People, string Status, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, string? Outcome, string? Comment);

/// <summary>
/// The tasks behind each node of the progress diagram (clicking a node shows them). Built from the task rows the
/// instance page has already loaded for a caller who may see the instance, so it shows nothing the timeline does not.
/// </summary>
public static class NodeTasks
{
    public static IReadOnlyList<(string ElementId, string Name, IReadOnlyList<NodeTask> Tasks)> Of(IEnumerable<WorkTask> tasks, OrgSnapshot org) =>
        tasks.OrderBy(t => t.CreatedAt).GroupBy(t => t.ElementId)
            .Select(g => (g.Key, g.First().Name, (IReadOnlyList<NodeTask>)[.. g.Select(t => ToNodeTask(t, org))]))
            .ToList();

    private static NodeTask ToNodeTask(WorkTask t, OrgSnapshot org)
    {
        // Who: the person who acted, else the assignee, else everyone it is offered to.
        var who = t.CompletedBy ?? t.Assignee;
        var people = who is not null ? Timeline.Name(org, who)!
            : string.Join("、", t.Candidates.Select(c => c.Kind == CandidateKind.User ? Timeline.Name(org, c.Value) : $"{c.Value}（角色）"));
        var status = t.Status switch { WorkTaskStatus.Open => "待处理", WorkTaskStatus.Cancelled => "已取消", _ => "已处理" };
        var outcome = t.Status == WorkTaskStatus.Completed ? Words.Outcome(t.Outcome) : null;
        return new NodeTask(people, status, t.CreatedAt, t.CompletedAt, outcome, string.IsNullOrWhiteSpace(t.Comment) ? null : t.Comment);
    }
}
