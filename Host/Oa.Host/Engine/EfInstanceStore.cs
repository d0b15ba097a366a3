using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Workflows.Approvals;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;

namespace Oa.Host.Engine;

/// <summary>
/// The engine's store over EF Core. A save writes the state row (checked against the version the command loaded)
/// and everything its effects imply — task rows, timers, history, serial number — in one transaction, so a failed
/// or conflicting command leaves nothing behind.
/// </summary>
public sealed partial class EfInstanceStore(IServiceScopeFactory scopes, DefinitionRegistry definitions, PendingStarts starts, TimeProvider clock,
    Features.Notifications.EngineNotifications notifications) : IInstanceStore
{
    public async ValueTask<InstanceState?> LoadAsync(string instanceId, CancellationToken ct = default)
    {
        var command = EngineCommandScope.Current;
        await using var own = command is null ? scopes.CreateAsyncScope() : (AsyncServiceScope?)null;
        var db = command?.Db ?? own!.Value.ServiceProvider.GetRequiredService<OaDbContext>();
        var row = await StoreQueries.Load(db, instanceId, ct);
        if (row is null) return null;
        var state = InstanceStateSerializer.Deserialize(row.StateJson);
        command?.Remember(new LoadedInstance(instanceId, state.Version, new InstanceHeader(row.ProcessKey, row.ProcessName, row.Title, row.SerialNo, row.Initiator),
            state.Timers.Count > 0, state.Jobs.Count > 0, state.Subscriptions.Count > 0));
        // Commands check the definitions at most every 2 s: an instance started a moment ago on another host instance,
        // with a version published there, is looked up at once rather than run on an older version of its process.
        if (state.DefinitionHash is not null && definitions.Find(state.ProcessKey, state.DefinitionHash) is null)
            await definitions.EnsureFreshAsync(ct);
        return state;
    }

    public async ValueTask SaveAsync(InstanceState state, long expectedVersion, IReadOnlyList<EngineEffect> effects, CancellationToken ct = default)
    {
        var command = EngineCommandScope.Current;
        await using var own = command is null ? scopes.CreateAsyncScope() : (AsyncServiceScope?)null;
        var services = command?.Services ?? own!.Value.ServiceProvider;
        var db = command?.Db ?? services.GetRequiredService<OaDbContext>();
        var loaded = command?.Loaded(state.InstanceId, expectedVersion);
        try
        {
            await SaveAsync(db, services, state, expectedVersion, loaded, effects, ct);
        }
        finally
        {
            // The command's context is reused by its next load or save: nothing of this one may stay tracked.
            if (command is not null)
            {
                db.ChangeTracker.Clear();
                command.Forget(state.InstanceId);
            }
        }
    }

    private async Task SaveAsync(OaDbContext db, IServiceProvider services, InstanceState state, long expectedVersion, LoadedInstance? loaded,
        IReadOnlyList<EngineEffect> effects, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var json = InstanceStateSerializer.Serialize(state);
        var status = StatusOf(state);
        InstanceHeader header;
        if (expectedVersion == 0)
        {
            var row = await NewInstanceRowAsync(db, state, json, status, ct);
            db.ProcessInstances.Add(row);
            header = new InstanceHeader(row.ProcessKey, row.ProcessName, row.Title, row.SerialNo, row.Initiator);
        }
        else
        {
            // The header the load saw is used when the title is still the same (撤销/重新提交 retitle it in a transaction of
            // their own); a title changed in between makes this a conflict, and the runtime retries on fresh state.
            var title = loaded?.Header.Title;
            var updated = await db.ProcessInstances.Where(i => i.Id == state.InstanceId && i.Version == expectedVersion && (title == null || i.Title == title))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.StateJson, json).SetProperty(i => i.Version, state.Version)
                    .SetProperty(i => i.Status, status).SetProperty(i => i.EndedAt, state.EndedAt), ct);
            if (updated == 0)
            {
                services.GetService<Operations.Monitoring.OaMetrics>()?.EngineConflicts.Add(1);
                throw new ConcurrencyException(state.InstanceId, expectedVersion, -1);
            }
            header = loaded?.Header ?? await db.ProcessInstances.AsNoTracking().Where(i => i.Id == state.InstanceId)
                .Select(i => new InstanceHeader(i.ProcessKey, i.ProcessName, i.Title, i.SerialNo, i.Initiator)).SingleAsync(ct);
        }
        var history = await ApplyEffectsAsync(db, state, header, expectedVersion == 0 ? NoRows : loaded, effects, ct);
        await ApplyMigrationAsync(db, state, effects, ct);
        await notifications.CollectAsync(db, state, status, header.Title, header.SerialNo, header.Initiator, effects, CommandAudit.Current, ct);
        await db.SaveChangesAsync(ct);
        await db.InsertAsync(history, ct);
        await tx.CommitAsync(ct);
    }

    // A new instance has no timer, job or subscription rows yet.
    private static readonly LoadedInstance NoRows = new("", 0, new InstanceHeader("", "", "", null, null), false, false, false);

    /// <summary>One context for the loads and saves of the engine command about to run on this call path (see <see cref="EngineCommandScope"/>).</summary>
    public IAsyncDisposable BeginCommand() => EngineCommandScope.Begin(scopes);

    public async Task<string?> SerialOfAsync(string instanceId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        return await db.ProcessInstances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => i.SerialNo).FirstOrDefaultAsync(ct);
    }

    /// <summary>API status: an approval that ended through a rejection reads "rejected", not "completed".</summary>
    public static string StatusOf(InstanceState state) => state.Status switch
    {
        InstanceStatus.Running => "running",
        InstanceStatus.Completed when state.Variables.TryGetValue("lastOutcome", out var o) && o.ValueKind == JsonValueKind.String && o.GetString() == "reject" => "rejected",
        InstanceStatus.Completed => "completed",
        InstanceStatus.Terminated => "completed",
        InstanceStatus.Cancelled => "cancelled",
        InstanceStatus.Suspended => "suspended",
        InstanceStatus.Incident or InstanceStatus.Errored => "incident",
        _ => state.Status.ToString().ToLowerInvariant(),
    };

    private async Task<ProcessInstanceRecord> NewInstanceRowAsync(OaDbContext db, InstanceState state, string json, string status, CancellationToken ct)
    {
        var process = definitions.Find(state.ProcessKey, state.DefinitionHash) ?? definitions.LatestOf(state.ProcessKey)
            ?? throw new InvalidOperationException($"Process '{state.ProcessKey}' is not published.");
        var meta = starts.Take(state.InstanceId);
        return new ProcessInstanceRecord
        {
            Id = state.InstanceId,
            ProcessKey = state.ProcessKey,
            DefinitionVersion = process.Version,
            ProcessName = process.Name,
            Status = status,
            BusinessKey = state.BusinessKey,
            SerialNo = await NextSerialAsync(db, process, ct),
            Title = meta?.Title ?? process.Name,
            Initiator = state.Initiator,
            InitiatorDepartmentId = meta?.InitiatorDepartmentId,
            FormId = meta?.FormId ?? process.FormId,
            FormVersion = meta?.FormVersion,
            ParentInstanceId = state.ParentInstanceId,
            StartedAt = state.StartedAt,
            EndedAt = state.EndedAt,
            StateJson = json,
            Version = state.Version,
        };
    }

    /// <summary>Takes the next number of the process's counter for the current period inside this transaction.</summary>
    private async Task<string?> NextSerialAsync(OaDbContext db, PublishedProcess process, CancellationToken ct)
    {
        var rule = process.Settings.SerialRule;
        if (string.IsNullOrWhiteSpace(rule)) return null;
        var now = clock.GetLocalNow();
        var period = SerialNumbers.PeriodKey(process.Settings.SerialReset, now);
        var updated = await db.SerialCounters.Where(c => c.ProcessKey == process.Key && c.Period == period)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1), ct);
        if (updated == 0)
        {
            db.SerialCounters.Add(new SerialCounter { ProcessKey = process.Key, Period = period, Value = 1 });
            await db.SaveChangesAsync(ct);
        }
        var value = await db.SerialCounters.Where(c => c.ProcessKey == process.Key && c.Period == period).Select(c => c.Value).SingleAsync(ct);
        return SerialNumbers.Format(rule, now, value);
    }

    internal sealed record InstanceHeader(string ProcessKey, string ProcessName, string Title, string? SerialNo, string? Initiator);
}
