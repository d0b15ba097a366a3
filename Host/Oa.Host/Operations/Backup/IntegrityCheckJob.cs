using Quartz;

namespace Oa.Host.Operations.Backup;

/// <summary>Runs <see cref="IntegrityCheck"/> weekly (Backup:CheckSchedule); a failed check is logged as an error.</summary>
[DisallowConcurrentExecution]
public sealed class IntegrityCheckJob(IntegrityCheck check, ILogger<IntegrityCheckJob> log) : IJob
{
    public static readonly JobKey Key = new("integrity-check", "operations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var report = await check.RunAsync(cancellationToken);
        if (report.Ok) log.LogInformation("Integrity check passed (archive {Archive})", report.Archive);
        else log.LogError("Integrity check found {Count} problem(s): {Problems}", report.Problems.Count, string.Join("; ", report.Problems));
        context.Result = report.Ok;
    }
}
