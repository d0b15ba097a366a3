using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Data.Notifications;
using Oa.Host.Operations.Backup;

namespace Oa.Host.Operations.Monitoring;

/// <summary>
/// The product's instruments (meter "Oa"). Counts that live in the database (requests started and finished, open
/// and overdue tasks) are read at scrape time, at most every 15 seconds, so they are right across every node of a
/// cluster and survive restarts; events only this process sees (commands, conflicts, job failures) are counters.
/// </summary>
public sealed class OaMetrics
{
    public const string MeterName = "Oa";
    public static readonly ActivitySource Activities = new("Oa");

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly BackupOptions _backups;
    private readonly Lock _gate = new();
    private Snapshot _snapshot = new(DateTimeOffset.MinValue, 0, 0, 0, 0, 0, 0, 0);

    private sealed record Snapshot(DateTimeOffset At, long Started, long Finished, long Running, long OpenTasks, long OverdueTasks,
        long PendingDeliveries, long PendingJobs);

    public OaMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock, BackupOptions backups)
    {
        (_scopes, _clock, _backups) = (scopes, clock, backups);
        var meter = meters.Create(MeterName);
        CommandDuration = meter.CreateHistogram<double>("oa.command.duration", "s", "Time to run an engine command through the API (start, approve, reject, …)");
        CommandConflicts = meter.CreateCounter<long>("oa.command.conflicts", null, "Commands answered 409 because the request or task changed concurrently");
        JobFailures = meter.CreateCounter<long>("oa.job.failures", null, "Scheduled job runs that ended with an exception");
        EngineDuration = meter.CreateHistogram<double>("oa.engine.command.duration", "s",
            "Time the engine took for one command (API, timer, job), by command and outcome (ok, conflict, refused, error)");
        EngineConflicts = meter.CreateCounter<long>("oa.engine.conflicts", null,
            "Engine saves that lost the optimistic-concurrency race; the engine retries them on fresh state (up to 3 times)");
        meter.CreateObservableCounter("oa.instances.started", () => Read().Started, null, "Requests started");
        meter.CreateObservableCounter("oa.instances.completed", () => Read().Finished, null, "Requests that ended (approved, rejected, cancelled)");
        meter.CreateObservableGauge("oa.instances.running", () => Read().Running, null, "Requests in progress");
        meter.CreateObservableGauge("oa.tasks.open", () => Read().OpenTasks, null, "Open approval tasks");
        meter.CreateObservableGauge("oa.tasks.overdue", () => Read().OverdueTasks, null, "Open tasks past their due time");
        meter.CreateObservableGauge("oa.notifications.pending", () => Read().PendingDeliveries, null, "Queued e-mail and group-bot sends not yet delivered");
        meter.CreateObservableGauge("oa.jobs.pending", () => Read().PendingJobs, null, "Service-task jobs waiting to run or to be retried");
        meter.CreateObservableGauge("oa.backup.age", () => LastBackupAgeSeconds(), "s", "Seconds since the newest backup archive was written (-1: none)");
    }

    public Histogram<double> CommandDuration { get; }
    public Counter<long> CommandConflicts { get; }
    public Counter<long> JobFailures { get; }
    public Histogram<double> EngineDuration { get; }
    public Counter<long> EngineConflicts { get; }

    private double LastBackupAgeSeconds() =>
        BackupRetention.Archives(_backups.Directory).FirstOrDefault() is { } newest ? (_clock.GetUtcNow().UtcDateTime - newest.LastWriteTimeUtc).TotalSeconds : -1;

    private Snapshot Read()
    {
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            if (now - _snapshot.At < TimeSpan.FromSeconds(15)) return _snapshot;
            using var scope = _scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
            var started = db.ProcessInstances.LongCount();
            var running = db.ProcessInstances.LongCount(i => i.Status == "running" || i.Status == "suspended" || i.Status == "incident");
            var open = db.Tasks.LongCount(t => t.Status == WorkTaskStatus.Open);
            var overdue = db.Tasks.LongCount(t => t.Status == WorkTaskStatus.Open && t.DueAt != null && t.DueAt < now);
            var deliveries = db.NotificationDeliveries.LongCount(d => d.Status == DeliveryStatus.Pending);
            var jobs = db.Jobs.LongCount(j => j.RetriesLeft > 0);
            return _snapshot = new Snapshot(now, started, started - running, running, open, overdue, deliveries, jobs);
        }
    }
}
