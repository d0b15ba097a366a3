using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;

namespace Oa.Host.Engine;

/// <summary>
/// Timer start events of published processes: the latest version of each process owns rows in start_timers (a new
/// version replaces the old one's, as in Camunda), and a due row starts an instance of that process. Called from the
/// timer sweep, which runs on one node at a time; a row is moved on before its instance starts, so a crash between
/// the two loses that one start rather than starting twice.
/// </summary>
public sealed class StartTimerScheduler(IServiceScopeFactory scopes, EngineHost engine, TimeProvider clock, ILogger<StartTimerScheduler> log)
{
    public async Task<int> FireDueAsync(CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        var now = clock.GetUtcNow();
        await SyncAsync(db, now, ct);
        var due = await db.StartTimers.AsNoTracking().Where(t => t.DueAt != null && t.DueAt <= now).OrderBy(t => t.DueAt).Take(100).ToListAsync(ct);
        var started = 0;
        foreach (var row in due)
        {
            var next = StartTimers.Next(new StartTimers.Schedule(row.ElementId, row.DueAt!.Value, row.Cycle, row.RepeatsLeft));
            var claimed = await db.StartTimers.Where(t => t.Id == row.Id && t.DueAt == row.DueAt)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAt, next == null ? null : next.DueAt).SetProperty(t => t.RepeatsLeft, next == null ? row.RepeatsLeft : next.RepeatsLeft), ct);
            if (claimed == 0) continue;
            try
            {
                using var _ = CommandAudit.Begin(new CommandAudit("system", null, null, Action: "timer"));
                await engine.Runtime.StartAsync(row.ProcessKey, startEventId: row.ElementId);
                started++;
            }
            catch (EngineException ex)
            {
                log.LogWarning("Timer start {Id} did not start an instance: {Reason}", row.Id, ex.Message);
            }
        }
        return started;
    }

    /// <summary>Rows for the latest version of every process with timer start events; older versions' rows go.</summary>
    private async Task SyncAsync(OaDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.StartTimers.ToListAsync(ct);
        var changed = false;
        foreach (var process in engine.Definitions.Latest)
        {
            var mine = rows.Where(r => r.ProcessKey == process.Key).ToList();
            if (mine.Count > 0 && mine.All(r => r.DefinitionVersion == process.Version)) continue;
            if (mine.Count == 0 && !process.Definition.StartEvents.Any(s => s.Kind == Oa.Workflows.Model.EventKind.Timer)) continue;
            db.StartTimers.RemoveRange(mine.Where(r => r.DefinitionVersion != process.Version));
            var problems = new List<string>();
            foreach (var s in StartTimers.Of(process.Definition, now, FeelExpressionEvaluator.Instance, problems))
                db.StartTimers.Add(new StartTimerRecord
                {
                    Id = $"{process.Key}:{process.Version}:{s.StartEventId}", ProcessKey = process.Key, DefinitionVersion = process.Version,
                    ElementId = s.StartEventId, DueAt = s.DueAt, Cycle = s.Cycle, RepeatsLeft = s.RepeatsLeft,
                });
            // A start whose FEEL failed gets a used-up row: reported once, not on every sweep.
            var scheduled = db.StartTimers.Local.Where(r => r.ProcessKey == process.Key && r.DefinitionVersion == process.Version).Select(r => r.ElementId).ToHashSet();
            foreach (var start in process.Definition.StartEvents.Where(s => s.Kind == Oa.Workflows.Model.EventKind.Timer && !scheduled.Contains(s.Id)))
                db.StartTimers.Add(new StartTimerRecord { Id = $"{process.Key}:{process.Version}:{start.Id}", ProcessKey = process.Key, DefinitionVersion = process.Version, ElementId = start.Id });
            foreach (var p in problems) log.LogError("Process {Key} v{Version}: {Problem}", process.Key, process.Version, p);
            changed = true;
        }
        if (changed) await db.SaveChangesAsync(ct);
    }
}
