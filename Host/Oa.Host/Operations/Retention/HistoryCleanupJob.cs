using Quartz;

namespace Oa.Host.Operations.Retention;

/// <summary>Runs <see cref="HistoryCleanup"/> nightly (Retention:Schedule, 04:00 by default).</summary>
[DisallowConcurrentExecution]
public sealed class HistoryCleanupJob(HistoryCleanup cleanup) : IJob
{
    public static readonly JobKey Key = new("history-cleanup", "operations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await cleanup.RunAsync(cancellationToken);
}
