using Quartz;

namespace Oa.Host.Operations.Backup;

/// <summary>
/// The daily backup, the weekly integrity check and the nightly history clean-up as Quartz triggers. Backup:Enabled=false switches both off (and
/// unschedules triggers a previous start stored); the schedules are Quartz cron expressions in the server's zone.
/// </summary>
public static class BackupSchedule
{
    public static void Add(IQuartzBuilder q, IConfiguration config)
    {
        string Read(string key, string fallback) => !config.GetValue("Backup:Enabled", true) ? "-" : config[key] is { Length: > 0 } s ? s : fallback;

        q.AddJobListener<Monitoring.JobFailureListener>([GroupMatcher<JobKey>.AnyGroup()]);
        q.AddJob<BackupJob>(j => j.WithIdentity(BackupJob.Key).WithDescription("Daily backup and retention"));
        q.AddConfiguredTrigger<BackupJob>("Backup:Schedule", (_, key) => Read(key, "0 0 2 * * ?"),
            (_, cron, t) => t.ForJob(BackupJob.Key).WithIdentity("daily-backup", "operations")
                // Missed (the server was off at 02:00): back up once as soon as the scheduler runs again.
                .WithCronSchedule(cron ?? "0 0 2 * * ?", c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        q.AddJob<IntegrityCheckJob>(j => j.WithIdentity(IntegrityCheckJob.Key).WithDescription("Weekly integrity check of backups, database and files"));
        q.AddConfiguredTrigger<IntegrityCheckJob>("Backup:CheckSchedule", (_, key) => Read(key, "0 30 3 ? * SUN"),
            (_, cron, t) => t.ForJob(IntegrityCheckJob.Key).WithIdentity("integrity-check", "operations")
                .WithCronSchedule(cron ?? "0 30 3 ? * SUN", c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        q.AddJob<Retention.HistoryCleanupJob>(j => j.WithIdentity(Retention.HistoryCleanupJob.Key).WithDescription("Delete ended requests past their retention"));
        q.AddConfiguredTrigger<Retention.HistoryCleanupJob>("Retention:Schedule", (_, key) => config[key] is { Length: > 0 } s ? s : "0 0 4 * * ?",
            (_, cron, t) => t.ForJob(Retention.HistoryCleanupJob.Key).WithIdentity("history-cleanup", "operations")
                .WithCronSchedule(cron ?? "0 0 4 * * ?", c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
    }
}
