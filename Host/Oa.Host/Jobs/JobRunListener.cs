using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Quartz;

namespace Oa.Host.Jobs;

/// <summary>
/// Records each job's last run (start, end, result or error, node) in job_runs for the admin jobs page. Quartz keeps
/// only next/previous fire times; the outcome would otherwise be lost. A failure to record never fails the job.
/// </summary>
public sealed class JobRunListener(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobRunListener> log) : IJobListener
{
    public string Name => "job-runs";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
            var key = context.JobDetail.Key.ToString();
            var row = await db.JobRuns.FindAsync([key], cancellationToken);
            if (row is null) db.JobRuns.Add(row = new JobRunRecord { JobKey = key });
            row.FiredAt = context.FireTimeUtc;
            row.FinishedAt = clock.GetUtcNow();
            row.Succeeded = jobException is null;
            row.Result = Cut(context.Result?.ToString(), 1000);
            row.Error = Cut(jobException?.InnerException?.Message ?? jobException?.Message, 2000);
            row.Node = Cut(context.Scheduler.SchedulerInstanceId, 200);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Could not record the run of job {Job}", context.JobDetail.Key);
        }
    }

    private static string? Cut(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}
