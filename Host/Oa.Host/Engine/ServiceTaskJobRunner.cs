using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;

namespace Oa.Host.Engine;

/// <summary>
/// Runs due service-task jobs through the <see cref="IHostServiceTask"/> registered for their type, like a Camunda job
/// worker: take a lease on the row, call the handler in its own DI scope, then report to the engine — CompleteJob with
/// the handler's variables, ThrowJobError for a <see cref="ServiceTaskBusinessError"/>, FailJob with one retry less for
/// anything else (the row then waits an exponential back-off; the engine raises an incident when none are left).
/// A type with no handler is an incident at once: retrying cannot make a handler appear.
/// </summary>
public sealed class ServiceTaskJobRunner(IServiceScopeFactory scopes, EngineHost engine, TimeProvider clock, IConfiguration config, ILogger<ServiceTaskJobRunner> log)
{
    private TimeSpan Lease => TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Jobs:LeaseSeconds", 300)));

    /// <summary>Back-off after the n-th failure: base·2^(n-1), at most an hour.</summary>
    public TimeSpan BackoffAfter(int failures) =>
        TimeSpan.FromSeconds(Math.Min(3600, Math.Max(1, config.GetValue("Jobs:BackoffSeconds", 10)) * Math.Pow(2, Math.Max(0, failures - 1))));

    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<string> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
            due = await db.Jobs.AsNoTracking().Where(j => j.RetriesLeft > 0 && j.DueAt <= now && (j.LockedUntil == null || j.LockedUntil <= now))
                .OrderBy(j => j.DueAt).Take(50).Select(j => j.Id).ToListAsync(ct);
        }
        var ran = 0;
        foreach (var id in due)
            if (await RunOneAsync(id, ct)) ran++;
        return ran;
    }

    private async Task<bool> RunOneAsync(string jobId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        var now = clock.GetUtcNow();
        var lease = now + Lease;
        // The lease: whoever moves LockedUntil first runs the job; the others skip it.
        var taken = await db.Jobs.Where(j => j.Id == jobId && j.RetriesLeft > 0 && (j.LockedUntil == null || j.LockedUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockedUntil, lease), ct);
        if (taken == 0) return false;
        var job = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == jobId, ct);
        await engine.PrepareAsync(ct);
        var state = await engine.Runtime.Store.LoadAsync(job.InstanceId, ct);
        var variables = state is null ? null : JobVariables.Of(state, jobId);
        if (state is null || variables is null)
        {
            await db.Jobs.Where(j => j.Id == jobId).ExecuteDeleteAsync(ct); // the instance or its job is gone
            return false;
        }
        if (state.Status == InstanceStatus.Suspended)
        {
            await Postpone(db, jobId, now + BackoffAfter(1), null, ct);
            return false;
        }

        EngineCommand command;
        var handler = scope.ServiceProvider.GetServices<IHostServiceTask>().FirstOrDefault(h => h.Type == job.Type);
        if (handler is null)
        {
            command = new FailJob(jobId, 0, $"no handler for type {job.Type} (没有处理该类型的服务任务)");
        }
        else
        {
            var bookmark = state.Jobs.Single(j => j.JobId == jobId);
            var context = new HostServiceTaskContext(db, job.InstanceId, state.ProcessKey, job.ElementId, jobId, bookmark.Headers, variables, state.Initiator);
            try
            {
                var output = await handler.ExecuteAsync(context, ct);
                command = new CompleteJob(jobId, output);
            }
            catch (ServiceTaskBusinessError error)
            {
                command = new ThrowJobError(jobId, error.ErrorCode, error.Message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                log.LogWarning(ex, "Job {JobId} ({Type}) failed", jobId, job.Type);
                command = new FailJob(jobId, job.RetriesLeft - 1, ex.Message);
            }
        }

        try
        {
            await engine.ExecuteAsync(job.InstanceId, command, new CommandAudit("system", null, null, Action: "job"), ct);
        }
        catch (EngineException ex)
        {
            // The job was cancelled or the instance ended while the handler ran: nothing is left to report to.
            log.LogInformation("Job {JobId} result not applied: {Reason}", jobId, ex.Message);
            if (ex.Code == EngineErrorCode.InstanceSuspended) await Postpone(db, jobId, now + BackoffAfter(1), null, ct);
            return true;
        }
        if (command is FailJob { Retries: > 0 } failed)
            await Postpone(db, jobId, clock.GetUtcNow() + BackoffAfter(job.Attempts + 1), failed.Error, ct, countAttempt: true);
        return true;
    }

    private static Task<int> Postpone(OaDbContext db, string jobId, DateTimeOffset dueAt, string? error, CancellationToken ct, bool countAttempt = false)
    {
        var message = EfInstanceStore.Truncate(error);
        return db.Jobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.DueAt, dueAt).SetProperty(j => j.LockedUntil, (DateTimeOffset?)null)
            .SetProperty(j => j.LastError, j => message ?? j.LastError).SetProperty(j => j.Attempts, j => j.Attempts + (countAttempt ? 1 : 0)), ct);
    }
}
