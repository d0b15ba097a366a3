using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Data.Notifications;
using Oa.Host.Operations;
using Oa.Host.Operations.Backup;
using Quartz;

namespace Oa.Host.Features.Admin.System;

/// <summary>Gathers the system status; every part that can fail (database, scheduler, disk) is reported, not thrown.</summary>
public sealed class SystemStatusReader(OaDbContext db, ISchedulerFactory schedulers, IConfiguration config, IHostEnvironment env, BackupOptions backups, TimeProvider clock)
{
    public async Task<SystemStatus> ReadAsync(CancellationToken ct)
    {
        var provider = DatabaseSetup.DatabaseProviderName(config);
        string? schema = null, dbError = null;
        var pending = 0;
        long running = 0, open = 0, overdue = 0, timers = 0, loose = 0, deliveries = 0, failedDeliveries = 0, jobsWaiting = 0;
        try
        {
            schema = (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault();
            pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
            var now = clock.GetUtcNow();
            running = await db.ProcessInstances.LongCountAsync(i => i.Status == "running", ct);
            open = await db.Tasks.LongCountAsync(t => t.Status == WorkTaskStatus.Open, ct);
            overdue = await db.Tasks.LongCountAsync(t => t.Status == WorkTaskStatus.Open && t.DueAt != null && t.DueAt < now, ct);
            timers = await db.Timers.LongCountAsync(ct);
            loose = await db.Files.LongCountAsync(f => f.InstanceId == null && f.LedgerRecordId == null, ct);
            deliveries = await db.NotificationDeliveries.LongCountAsync(d => d.Status == DeliveryStatus.Pending, ct);
            failedDeliveries = await db.NotificationDeliveries.LongCountAsync(d => d.Status == DeliveryStatus.Failed, ct);
            jobsWaiting = await db.Jobs.LongCountAsync(j => j.RetriesLeft > 0, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            dbError = ex.GetBaseException().Message;
        }

        var (state, jobs) = await SchedulerAsync(ct);
        var nodes = await Operations.ClusterNodes.ReadAsync(db, config, ct);
        var dataDir = DataPaths.DataDirectory(config, env.ContentRootPath);
        long? free = null, total = null;
        try
        {
            var drive = new DriveInfo(Path.GetPathRoot(dataDir)!);
            (free, total) = (drive.AvailableFreeSpace, drive.TotalSize);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException) { }
        var archives = BackupRetention.Archives(backups.Directory).Take(10).Select(f => (f.Name, f.LastWriteTimeUtc, f.Length)).ToList();
        return new SystemStatus(BackupService.ProductVersion, provider, schema, pending, dbError is null, dbError, state, jobs, dataDir, free, total,
            archives, backups.RetentionDays, IntegrityCheck.Last(backups.Directory), running, open, overdue, timers, loose,
            deliveries, failedDeliveries, jobsWaiting, nodes);
    }

    private async Task<(string, IReadOnlyList<(string, DateTimeOffset?)>)> SchedulerAsync(CancellationToken ct)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            var state = scheduler.Status switch
            {
                SchedulerStatus.Running => "运行中", SchedulerStatus.Standby => "待机",
                SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown => "已停止", _ => "未启动",
            };
            var jobs = new List<(string, DateTimeOffset?)>();
            foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup(), ct))
                jobs.Add((key.ToString(), (await scheduler.GetTrigger(key, ct))?.NextFireTimeUtc));
            return (state, jobs.OrderBy(j => j.Item1, StringComparer.Ordinal).ToList());
        }
        catch (SchedulerException ex)
        {
            return ($"错误: {ex.Message}", []);
        }
    }
}
