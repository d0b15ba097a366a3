using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;

namespace Oa.Host.Features.Tasks;

/// <summary>
/// The 待办 list as two branches instead of one OR: tasks assigned to the user, and unassigned tasks offered to the
/// user or their roles (the pool). Each branch is read up to skip + size rows in the requested order and merged here.
/// Every statement is index-driven and stops early, whatever the size of everyone else's pool (bench W3):
/// <list type="bullet">
/// <item>assigned: IX_tasks_Assignee_Status_CreatedAt_Id (newest/oldest) or IX_tasks_Assignee_Status_DueAt_CreatedAt_Id
/// (due, as two runs: with a due date, then without), both in index order;</item>
/// <item>pool count: from task_candidates (Kind, Value, TaskId) to the task by key, distinct, stopped at the cap;</item>
/// <item>pool page, fewer offered open tasks than the cap: from task_candidates, then sorted (≤ cap rows);
/// at or above the cap: the open pool in index order, each row probed in task_candidates, stopped at skip + size.
/// With K offered tasks out of P open pool tasks the walk visits about (skip + size) × P / K rows, and K ≥ cap.</item>
/// </list>
/// SQLite runs without statistics and guesses "Assignee IS NULL AND Status = 0" to be a handful of rows, so it would
/// walk the whole pool from the tasks index; the candidate-driven statements compare those columns through
/// expressions no index can serve, which leaves it one plan: start from task_candidates.
/// </summary>
public sealed class TodoQuery(OaDbContext db, string user, IReadOnlyCollection<string> roles, Func<IQueryable<WorkTask>, IQueryable<WorkTask>>? narrow = null)
{
    private readonly Func<IQueryable<WorkTask>, IQueryable<WorkTask>> _narrow = narrow ?? (q => q);
    private readonly List<string> _roles = [.. roles];

    public IQueryable<WorkTask> Assigned => _narrow(db.Tasks.Where(t => t.Status == WorkTaskStatus.Open && t.Assignee == user));

    /// <summary>The pool from task_candidates: no index on tasks can serve the status/assignee tests (see the class).</summary>
    public IQueryable<WorkTask> PoolFromOffers => _narrow(OpenPoolByKey(db.Tasks).Where(t => Offers().Select(c => c.TaskId).Contains(t.Id)));

    /// <summary>The pool in the tasks index's order, each row probed in task_candidates.</summary>
    public IQueryable<WorkTask> PoolInOrder => _narrow(db.Tasks.Where(t => t.Status == WorkTaskStatus.Open && t.Assignee == null && Offers().Any(c => c.TaskId == t.Id)));

    /// <summary>The pool's task ids for counting: candidates first, joined to their task by key; distinct, as a task may be offered to the user and a role.</summary>
    public IQueryable<string> PoolIds => Offers().Join(_narrow(OpenPoolByKey(db.Tasks)), c => c.TaskId, t => t.Id, (c, t) => c.TaskId).Distinct();

    private IQueryable<TaskCandidate> Offers() => _roles.Count == 0
        ? db.TaskCandidates.Where(c => c.Kind == CandidateKind.User && c.Value == user)
        : db.TaskCandidates.Where(c => (c.Kind == CandidateKind.User && c.Value == user) || (c.Kind == CandidateKind.Group && _roles.Contains(c.Value)));

    // On SQLite: the same meaning as Status == Open && Assignee == null, in a form the planner cannot answer from an
    // index on tasks. PostgreSQL keeps statistics and plans the plain test well, while the disguised one made it guess
    // 2 rows and scan the whole table for a large role's count (bench W3 --postgres, 238 ms at 100 k).
    private IQueryable<WorkTask> OpenPoolByKey(IQueryable<WorkTask> tasks) => db.Database.IsSqlite()
        ? tasks.Where(t => (t.Assignee ?? "") == "" && (int)t.Status + 0 == (int)WorkTaskStatus.Open)
        : tasks.Where(t => t.Status == WorkTaskStatus.Open && t.Assignee == null);

    /// <summary>Counts each branch up to the cap + 1 (a badge only needs "999+"); a task is never in both branches.</summary>
    public async Task<TodoCount> CountAsync(int cap, CancellationToken ct) =>
        new(await Assigned.Take(cap + 1).CountAsync(ct), await PoolIds.Take(cap + 1).CountAsync(ct), cap);

    /// <summary>The statements one page runs, in order, given the counts (a branch counted empty is not read).</summary>
    public IReadOnlyList<(string Branch, IQueryable<WorkTask> Query)> PageStatements(TodoCount count, string? sort, int skip, int size)
    {
        var n = skip + size;
        var list = new List<(string, IQueryable<WorkTask>)>();
        if (count.Assigned > 0) list.AddRange(InOrder("assigned", Assigned, sort, n));
        if (count.Pool > 0 && count.Pool <= count.Cap) list.Add(("pool from candidates", Sorted(PoolFromOffers, sort).Take(n)));
        else if (count.Pool > count.Cap) list.AddRange(InOrder("pool in order", PoolInOrder, sort, n));
        return list;
    }

    /// <summary>One page of the merged branches in the requested order.</summary>
    public async Task<List<T>> PageAsync<T>(TodoCount count, string? sort, int skip, int size,
        Expression<Func<WorkTask, T>> project, Func<T, DateTimeOffset> createdAt, Func<T, DateTimeOffset?> dueAt, CancellationToken ct)
    {
        var rows = new List<T>();
        foreach (var (_, q) in PageStatements(count, sort, skip, size)) rows.AddRange(await q.Select(project).ToListAsync(ct));
        IEnumerable<T> merged = sort switch
        {
            "oldest" => rows.OrderBy(createdAt),
            "due" => rows.OrderBy(r => dueAt(r) is null).ThenBy(dueAt).ThenBy(createdAt),
            _ => rows.OrderByDescending(createdAt),
        };
        return merged.Skip(skip).Take(size).ToList();
    }

    // "due" as two index-ordered runs (tasks with a due date by due date, then the rest by age): one ORDER BY over
    // "DueAt IS NULL" first has no index and would sort every row of the branch.
    private static IEnumerable<(string, IQueryable<WorkTask>)> InOrder(string branch, IQueryable<WorkTask> q, string? sort, int n) => sort == "due"
        ? [($"{branch}, due", q.Where(t => t.DueAt != null).OrderBy(t => t.DueAt).ThenBy(t => t.CreatedAt).Take(n)),
           ($"{branch}, no due date", q.Where(t => t.DueAt == null).OrderBy(t => t.CreatedAt).Take(n))]
        : [(branch, Sorted(q, sort).Take(n))];

    public static IOrderedQueryable<WorkTask> Sorted(IQueryable<WorkTask> q, string? sort) => sort switch
    {
        "oldest" => q.OrderBy(t => t.CreatedAt),
        "due" => q.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt),
        _ => q.OrderByDescending(t => t.CreatedAt),
    };
}

/// <summary>Each branch counted up to <see cref="Cap"/> + 1.</summary>
public sealed record TodoCount(int Assigned, int Pool, int Cap)
{
    public int Total => Math.Min(Assigned + Pool, Cap);
    public bool Capped => Assigned + Pool > Cap;
}
