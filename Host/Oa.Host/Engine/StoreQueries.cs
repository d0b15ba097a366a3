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
/// ExecuteUpdate cannot be compiled on EF Core 10 (its setters are an <c>Action</c> now, and a compiled query fails
/// to translate it), so the state and task UPDATEs stay LINQ.
/// EF binds a compiled query to the first model it runs with and refuses another, and one process can hold both
/// providers' models (the tests, the bench), so each model gets its own copy.
/// </remarks>
internal static class StoreQueries
{
    public sealed record LoadRow(string StateJson, string ProcessKey, string ProcessName, string Title, string? SerialNo, string? Initiator);

    private sealed record Compiled(
        Func<OaDbContext, string, CancellationToken, Task<LoadRow?>> Load);

    private static readonly ConcurrentDictionary<IModel, Compiled> PerModel = new();

    /// <summary>The state and the header fields the save writes onto task rows and notices, in one read.</summary>
    public static Task<LoadRow?> Load(OaDbContext db, string instanceId, CancellationToken ct) =>
        For(db).Load(db, instanceId, ct);

    private static Compiled For(OaDbContext db) => PerModel.GetOrAdd(db.Model, static _ => new Compiled(
        EF.CompileAsyncQuery((OaDbContext db, string id, CancellationToken ct) => db.ProcessInstances.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new LoadRow(i.StateJson, i.ProcessKey, i.ProcessName, i.Title, i.SerialNo, i.Initiator)).FirstOrDefault())));
}
