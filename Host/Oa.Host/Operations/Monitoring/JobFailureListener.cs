using Quartz;

namespace Oa.Host.Operations.Monitoring;

/// <summary>Counts job runs that threw, per job, for oa_job_failures_total.</summary>
public sealed class JobFailureListener(OaMetrics metrics) : IJobListener
{
    public string Name => "oa-job-failures";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (jobException is not null) metrics.JobFailures.Add(1, new KeyValuePair<string, object?>("job", context.JobDetail.Key.ToString()));
        return ValueTask.CompletedTask;
    }
}
