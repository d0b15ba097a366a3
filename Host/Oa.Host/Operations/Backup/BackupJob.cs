using Quartz;

namespace Oa.Host.Operations.Backup;

/// <summary>The daily backup (Backup:Schedule), then the retention clean-up. One at a time across the cluster.</summary>
[DisallowConcurrentExecution]
public sealed class BackupJob(BackupService backups, BackupOptions options, TimeProvider clock, ILogger<BackupJob> log) : IJob
{
    public static readonly JobKey Key = new("daily-backup", "operations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var result = await backups.CreateAsync("scheduled", cancellationToken);
        var deleted = BackupRetention.Apply(options.Directory, options.RetentionDays, clock.GetUtcNow());
        if (deleted.Count > 0) log.LogInformation("Backup retention ({Days} days) removed {Archives}", options.RetentionDays, string.Join(", ", deleted));
        context.Result = result.Path;
    }
}
