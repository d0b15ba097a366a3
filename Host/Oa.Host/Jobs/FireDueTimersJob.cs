using Quartz;

namespace Oa.Host.Jobs;

/// <summary>
/// Fires the BPMN timers that are due. One sweep drains everything due up to now, so two sweeps at once would only
/// race each other for the same rows: hence one at a time across the cluster ([DisallowConcurrentExecution] holds
/// per job key, and the clustered store hands each firing to one node).
/// </summary>
[DisallowConcurrentExecution]
public sealed class FireDueTimersJob(TimerPoller timers) : IJob
{
    public static readonly JobKey Key = new("fire-due-timers", "bpmn");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await timers.FireDueAsync(cancellationToken);
}
