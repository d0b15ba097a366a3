using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Quartz;

namespace Oa.Host.Features.Admin.Jobs;

/// <summary>
/// Every Quartz job with its triggers' next/previous fire times and paused state (from the scheduler, i.e. the
/// shared job store) and the last run's outcome (from job_runs, written by JobRunListener on whichever node ran it).
/// </summary>
public sealed class JobsAdmin(ISchedulerFactory schedulers, OaDbContext db)
{
    public sealed record JobView(string Group, string Name, string? Description, DateTimeOffset? NextFire, DateTimeOffset? PreviousFire,
        bool Paused, string Schedule, DateTimeOffset? LastRunAt, bool? LastSucceeded, string? LastResult, string? LastNode);

    public async Task<List<JobView>> ListAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var runs = await db.JobRuns.AsNoTracking().ToDictionaryAsync(r => r.JobKey, ct);
        var list = new List<JobView>();
        foreach (var key in (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), ct)).OrderBy(k => k.Group).ThenBy(k => k.Name))
        {
            var detail = await scheduler.GetJobDetail(key, ct);
            var triggers = await scheduler.GetTriggersOfJob(key, ct);
            var paused = false;
            foreach (var t in triggers) paused |= await scheduler.GetTriggerState(t.Key, ct) == TriggerState.Paused;
            runs.TryGetValue(key.ToString(), out var run);
            list.Add(new JobView(key.Group, key.Name, detail?.Description,
                triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min(),
                triggers.Select(t => t.PreviousFireTimeUtc).Where(t => t is not null).Max(),
                paused, string.Join("; ", triggers.Select(Describe)),
                run?.FinishedAt, run?.Succeeded, run?.Succeeded == false ? run.Error : run?.Result, run?.Node));
        }
        return list;
    }

    /// <summary>Runs now on whichever node picks it up; paused triggers stay paused.</summary>
    public Task<bool> RunNowAsync(string group, string name, CancellationToken ct) => WithJob(group, name, async (s, k) => await s.TriggerJob(k, ct), ct);

    public Task<bool> PauseAsync(string group, string name, CancellationToken ct) => WithJob(group, name, async (s, k) => await s.PauseJob(k, ct), ct);

    public Task<bool> ResumeAsync(string group, string name, CancellationToken ct) => WithJob(group, name, async (s, k) => await s.ResumeJob(k, ct), ct);

    private async Task<bool> WithJob(string group, string name, Func<IScheduler, JobKey, Task> action, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var key = new JobKey(name, group);
        if (!await scheduler.Exists(key, ct)) return false;
        await action(scheduler, key);
        return true;
    }

    private static string Describe(ITrigger t) => t switch
    {
        ICronTrigger c => $"cron {c.CronExpressionString} ({c.TimeZone.Id})",
        ISimpleTrigger s => $"every {s.RepeatInterval.TotalSeconds:0}s",
        _ => t.GetType().Name,
    };
}
