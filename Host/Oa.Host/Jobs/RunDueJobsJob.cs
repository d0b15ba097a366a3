using Oa.Host.Engine;
using Quartz;

namespace Oa.Host.Jobs;

/// <summary>
/// Runs due service-task jobs (<see cref="ServiceTaskJobRunner"/>). One sweep at a time across the cluster, like the
/// timer sweep; the row lease additionally keeps two runners (e.g. an admin-triggered one) off the same job.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RunDueJobsJob(ServiceTaskJobRunner runner) : IJob
{
    public static readonly JobKey Key = new("run-due-jobs", "bpmn");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        context.Result = await runner.RunDueAsync(cancellationToken);
}
