using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Oa.Host.Data;

namespace Oa.Host.Engine;

/// <summary>
/// The store's per-command reads as compiled queries: a LINQ query pays expression-tree parameter extraction and a
/// query-cache lookup on every call (8 % of an approval's time in the profile); a compiled one does not.
/// </summary>
/// <remarks>
/// EF binds a compiled query to the first model it runs with and refuses another, and one process can hold both
/// providers' models (the tests, the bench), so each model gets its own copy.
/// </remarks>
internal static class StoreQueries
{
    public sealed record LoadRow(string StateJson, string ProcessKey, string ProcessName, string Title, string? SerialNo, string? Initiator);

    private sealed record Compiled(
        Func<OaDbContext, string, CancellationToken, Task<LoadRow?>> Load,
        Func<OaDbContext, string, long, string, string, long, string, DateTimeOffset?, CancellationToken, Task<int>> UpdateStateIfTitle,
        Func<OaDbContext, string, long, string, long, string, DateTimeOffset?, CancellationToken, Task<int>> UpdateState,
        Func<OaDbContext, string, DateTimeOffset, string?, string?, string?, CancellationToken, Task<int>> CompleteTask);

    private static readonly ConcurrentDictionary<IModel, Compiled> PerModel = new();

    /// <summary>The state and the header fields the save writes onto task rows and notices, in one read.</summary>
    public static Task<LoadRow?> Load(OaDbContext db, string instanceId, CancellationToken ct) =>
        For(db).Load(db, instanceId, ct);

    /// <summary>The state row's optimistic-concurrency write: 0 rows when the version (or, when given, the title) moved on.</summary>
    public static Task<int> UpdateState(OaDbContext db, string id, long expectedVersion, string? expectedTitle, string json, long version, string status,
        DateTimeOffset? endedAt, CancellationToken ct) =>
        expectedTitle is null
            ? For(db).UpdateState(db, id, expectedVersion, json, version, status, endedAt, ct)
            : For(db).UpdateStateIfTitle(db, id, expectedVersion, expectedTitle, json, version, status, endedAt, ct);

    public static Task<int> CompleteTask(OaDbContext db, string taskId, DateTimeOffset at, string? user, string? outcome, string? comment, CancellationToken ct) =>
        For(db).CompleteTask(db, taskId, at, user, outcome, comment, ct);

    private static Compiled For(OaDbContext db) => PerModel.GetOrAdd(db.Model, static _ => new Compiled(
        EF.CompileAsyncQuery((OaDbContext db, string id, CancellationToken ct) => db.ProcessInstances.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new LoadRow(i.StateJson, i.ProcessKey, i.ProcessName, i.Title, i.SerialNo, i.Initiator)).FirstOrDefault()),
        EF.CompileAsyncQuery((OaDbContext db, string id, long expected, string title, string json, long version, string status, DateTimeOffset? endedAt, CancellationToken ct) =>
            db.ProcessInstances.Where(i => i.Id == id && i.Version == expected && i.Title == title).ExecuteUpdate(s => s
                .SetProperty(i => i.StateJson, json).SetProperty(i => i.Version, version).SetProperty(i => i.Status, status).SetProperty(i => i.EndedAt, endedAt))),
        EF.CompileAsyncQuery((OaDbContext db, string id, long expected, string json, long version, string status, DateTimeOffset? endedAt, CancellationToken ct) =>
            db.ProcessInstances.Where(i => i.Id == id && i.Version == expected).ExecuteUpdate(s => s
                .SetProperty(i => i.StateJson, json).SetProperty(i => i.Version, version).SetProperty(i => i.Status, status).SetProperty(i => i.EndedAt, endedAt))),
        EF.CompileAsyncQuery((OaDbContext db, string id, DateTimeOffset at, string? user, string? outcome, string? comment, CancellationToken ct) =>
            db.Tasks.Where(x => x.Id == id).ExecuteUpdate(s => s
                .SetProperty(x => x.Status, Data.Engine.WorkTaskStatus.Completed).SetProperty(x => x.CompletedAt, at)
                .SetProperty(x => x.CompletedBy, user).SetProperty(x => x.Outcome, outcome).SetProperty(x => x.Comment, comment)))));
}
