using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;

namespace Oa.Host.Jobs;

/// <summary>
/// Fires BPMN timers that are due, from the timers table the engine store writes in each command's transaction —
/// so timers survive restarts and a cancelled token's timer is already gone. Firing twice is harmless: the second
/// attempt finds the timer gone (or loses the version race) and is skipped. <see cref="FireDueTimersJob"/> calls
/// this every few seconds through Quartz; tests call it directly on a fake clock. Timer start events (no instance yet)
/// are fired first, by <see cref="StartTimerScheduler"/>; the count returned covers both.
/// </summary>
public sealed class TimerPoller(IServiceScopeFactory scopes, EngineHost engine, StartTimerScheduler startTimers, TimeProvider clock, ILogger<TimerPoller> log,
    IConfiguration config)
{
    /// <summary>
    /// A sweep reads due timers in batches (Timers:BatchSize, 200) and reads the next batch at once when one came back
    /// full and fired something, so a burst (10,000 timers due at the same minute) drains in one sweep instead of
    /// 200 per poll interval. Bounded, so one sweep cannot run forever when timers keep falling due.
    /// </summary>
    private const int MaxBatchesPerSweep = 100;

    public async Task<int> FireDueAsync(CancellationToken ct)
    {
        var batchSize = Math.Max(1, config.GetValue("Timers:BatchSize", 200));
        var total = await startTimers.FireDueAsync(ct);
        for (var batch = 0; batch < MaxBatchesPerSweep; batch++)
        {
            var (read, fired) = await FireBatchAsync(batchSize, ct);
            total += fired;
            // A short batch was everything due; a full one that fired nothing is timers the engine refuses, and
            // reading them again would only return the same rows.
            if (read < batchSize || fired == 0) break;
        }
        return total;
    }

    private async Task<(int Read, int Fired)> FireBatchAsync(int batchSize, CancellationToken ct)
    {
        List<(string Id, string InstanceId)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
            var now = clock.GetUtcNow();
            due = (await db.Timers.AsNoTracking().Where(t => t.DueAt <= now).OrderBy(t => t.DueAt).Take(batchSize)
                .Select(t => new { t.Id, t.InstanceId }).ToListAsync(ct)).Select(t => (t.Id, t.InstanceId)).ToList();
        }
        var fired = 0;
        foreach (var (id, instanceId) in due)
        {
            try
            {
                await engine.ExecuteAsync(instanceId, new FireTimer(id), new CommandAudit("system", null, null, Action: "timer"), ct);
                fired++;
            }
            catch (EngineException ex)
            {
                log.LogInformation("Timer {TimerId} not fired: {Reason}", id, ex.Message);
            }
            catch (ConcurrencyException)
            {
                log.LogInformation("Timer {TimerId} raced with another command; it will be retried if still due", id);
            }
        }
        return (due.Count, fired);
    }
}
