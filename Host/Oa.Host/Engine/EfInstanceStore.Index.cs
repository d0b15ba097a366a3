using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;

namespace Oa.Host.Engine;

/// <summary>
/// The tables that let work find an instance without loading every state: message subscriptions (correlation
/// after a restart) and service-task jobs. Both are brought in line with the saved state inside the save's transaction.
/// </summary>
public sealed partial class EfInstanceStore : IMessageSubscriptionIndex
{
    public async ValueTask<IReadOnlyList<string>> FindWaitingAsync(string messageName, string correlationKey, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        return await db.MessageSubscriptions.AsNoTracking().Where(s => s.Name == messageName && s.CorrelationKey == correlationKey)
            .Select(s => s.InstanceId).Distinct().OrderBy(i => i).ToListAsync(ct);
    }

    private static async Task SyncSubscriptionsAsync(OaDbContext db, InstanceState state, IReadOnlyList<EngineEffect> effects, CancellationToken ct)
    {
        if (!effects.Any(e => e is MessageSubscriptionOpened or MessageSubscriptionClosed or InstanceEnded)) return;
        var live = state.Subscriptions.Select(s => s.SubscriptionId).ToList();
        await db.MessageSubscriptions.Where(s => s.InstanceId == state.InstanceId && !live.Contains(s.Id)).ExecuteDeleteAsync(ct);
        var stored = await db.MessageSubscriptions.Where(s => s.InstanceId == state.InstanceId).Select(s => s.Id).ToListAsync(ct);
        foreach (var s in state.Subscriptions.Where(s => !stored.Contains(s.SubscriptionId)))
            db.MessageSubscriptions.Add(new MessageSubscriptionRecord { Id = s.SubscriptionId, InstanceId = state.InstanceId, ElementId = s.ElementId, Name = s.Name, CorrelationKey = s.CorrelationKey });
    }

    /// <summary>
    /// JobCreated comes for a new job, after a failed attempt that has retries left, and when an incident is retried:
    /// the row then becomes due now with the engine's retry count (the runner moves it later for back-off). A job
    /// that ran out of retries stays (the engine keeps it for the incident) with no retries, so no worker picks it up.
    /// </summary>
    private async Task SyncJobsAsync(OaDbContext db, InstanceState state, IReadOnlyList<EngineEffect> effects, DateTimeOffset now, CancellationToken ct)
    {
        var live = state.Jobs.Select(j => j.JobId).ToList();
        // Completed, errored and cancelled jobs leave the state; their rows go with them.
        await db.Jobs.Where(j => j.InstanceId == state.InstanceId && !live.Contains(j.Id)).ExecuteDeleteAsync(ct);
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case JobCreated j when live.Contains(j.JobId):
                    var updated = await db.Jobs.Where(x => x.Id == j.JobId).ExecuteUpdateAsync(s => s
                        .SetProperty(x => x.RetriesLeft, j.Retries).SetProperty(x => x.DueAt, now).SetProperty(x => x.LockedUntil, (DateTimeOffset?)null), ct);
                    if (updated == 0 && db.Jobs.Local.All(x => x.Id != j.JobId))
                        db.Jobs.Add(new JobRecord { Id = j.JobId, InstanceId = j.InstanceId, ElementId = j.ElementId, Type = j.Type, RetriesLeft = j.Retries, DueAt = now, CreatedAt = now });
                    break;
                case IncidentRaised { Incident.JobId: { } jobId } raised:
                    var message = Truncate(raised.Incident.Message);
                    await db.Jobs.Where(x => x.Id == jobId).ExecuteUpdateAsync(s => s
                        .SetProperty(x => x.RetriesLeft, 0).SetProperty(x => x.LastError, message).SetProperty(x => x.LockedUntil, (DateTimeOffset?)null), ct);
                    break;
            }
        }
    }

    internal static string? Truncate(string? error) => error is { Length: > 2000 } ? error[..2000] : error;
}
