using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;

namespace Oa.Host.Features.Tasks;

/// <summary>
/// The 待办 list as two index-ordered branches instead of one OR: tasks assigned to the user (read in order from
/// IX_tasks_Assignee_Status_CreatedAt) and unassigned tasks offered to the user or their roles, driven from
/// task_candidates. With the OR, every open pool task in the database was visited and all matches sorted before the
/// first page came out (bench W3), so a page cost grew with everyone's pool instead of with the user's own inbox.
/// Each branch is read up to skip + size rows in the requested order and the two are merged here.
/// </summary>
public static class TodoQuery
{
    public static IQueryable<WorkTask> AssignedOpen(this OaDbContext db, string user) =>
        db.Tasks.Where(t => t.Status == WorkTaskStatus.Open && t.Assignee == user);

    public static IQueryable<WorkTask> PoolOpen(this OaDbContext db, string user, IReadOnlyCollection<string> roles)
    {
        var offered = db.TaskCandidates
            .Where(c => (c.Kind == CandidateKind.User && c.Value == user) || (c.Kind == CandidateKind.Group && roles.Contains(c.Value)))
            .Select(c => c.TaskId);
        return db.Tasks.Where(t => t.Status == WorkTaskStatus.Open && t.Assignee == null && offered.Contains(t.Id));
    }

    /// <summary>Both branches, each narrowed by <paramref name="narrow"/> (filters); what the user may act on now.</summary>
    public static IQueryable<WorkTask>[] Branches(OaDbContext db, string user, IReadOnlyCollection<string> roles, Func<IQueryable<WorkTask>, IQueryable<WorkTask>> narrow) =>
        [narrow(db.AssignedOpen(user)), narrow(db.PoolOpen(user, roles))];

    /// <summary>Counts each branch up to the cap (a badge only needs "999+"); a task is never in both branches.</summary>
    public static async Task<int> CountAsync(IQueryable<WorkTask>[] branches, int cap, CancellationToken ct)
    {
        var total = 0;
        foreach (var b in branches) total += await b.Take(cap + 1).CountAsync(ct);
        return total;
    }

    public static IOrderedQueryable<WorkTask> Sorted(IQueryable<WorkTask> q, string? sort) => sort switch
    {
        "oldest" => q.OrderBy(t => t.CreatedAt),
        "due" => q.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt),
        _ => q.OrderByDescending(t => t.CreatedAt),
    };

    /// <summary>One page of the merged branches in the requested order.</summary>
    public static async Task<List<T>> PageAsync<T>(IQueryable<WorkTask>[] branches, string? sort, int skip, int size,
        System.Linq.Expressions.Expression<Func<WorkTask, T>> project, Func<T, DateTimeOffset> createdAt, Func<T, DateTimeOffset?> dueAt, CancellationToken ct)
    {
        var rows = new List<T>();
        foreach (var b in branches) rows.AddRange(await Sorted(b, sort).Take(skip + size).Select(project).ToListAsync(ct));
        IEnumerable<T> merged = sort switch
        {
            "oldest" => rows.OrderBy(createdAt),
            "due" => rows.OrderBy(r => dueAt(r) is null).ThenBy(dueAt).ThenBy(createdAt),
            _ => rows.OrderByDescending(createdAt),
        };
        return merged.Skip(skip).Take(size).ToList();
    }
}
