using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Engine;
using Quartz;

namespace Oa.Host.Features.Attendance.Close;

/// <summary>
/// Starts the 异常考勤审批 the close queued (claims that carry their form data and have no instance yet), in batches,
/// each under the instance id its claim holds. Idempotent: a claim whose instance exists is only cleared, so a re-run,
/// a run after a crash halfway or a second node starting the same claim at the same moment (the instance id is the
/// primary key of process_instances: one insert wins) yields exactly one approval per employee and period.
/// </summary>
public sealed class ExceptionApprovalQueue(IServiceScopeFactory scopes, ISchedulerFactory schedulers, ILogger<ExceptionApprovalQueue> log)
{
    /// <summary>Claims read per batch; each start is still its own engine command (its own transaction).</summary>
    public const int BatchSize = 50;

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Asks the scheduler to run <see cref="StartExceptionApprovalsJob"/> now; its periodic sweep covers a failure here.</summary>
    public async Task KickAsync(CancellationToken ct)
    {
        try
        {
            // A stored trigger: on a scheduler that is not running yet it fires once it starts.
            await (await schedulers.GetScheduler(ct)).TriggerJob(StartExceptionApprovalsJob.Key, ct);
        }
        catch (SchedulerException ex)
        {
            log.LogWarning(ex, "Could not trigger the attendance approvals job; its next sweep starts the queued approvals");
        }
    }

    /// <summary>Starts queued approvals until none is left (or <paramref name="maxBatches"/> batches); returns how many this call started.</summary>
    public async Task<int> StartPendingAsync(CancellationToken ct, int maxBatches = int.MaxValue, int batchSize = BatchSize)
    {
        await _gate.WaitAsync(ct); // one sweep per process at a time; across nodes the job does not run concurrently
        try
        {
            var started = 0;
            var (lastPeriod, lastUser) = ("", "");
            for (var batchNo = 0; batchNo < maxBatches; batchNo++)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
                // Keyset order, so a claim that fails to start (logged) does not come back in the same sweep.
                var batch = await db.ExceptionApprovals.AsNoTracking()
                    .Where(a => a.StartDataJson != null && (string.Compare(a.PeriodId, lastPeriod) > 0 || (a.PeriodId == lastPeriod && string.Compare(a.UserName, lastUser) > 0)))
                    .OrderBy(a => a.PeriodId).ThenBy(a => a.UserName).Take(batchSize).ToListAsync(ct);
                if (batch.Count == 0) break;
                (lastPeriod, lastUser) = (batch[^1].PeriodId, batch[^1].UserName);
                var ids = batch.Select(a => a.InstanceId).ToList();
                var existing = (await db.ProcessInstances.Where(i => ids.Contains(i.Id)).Select(i => i.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
                var starter = scope.ServiceProvider.GetRequiredService<ExceptionApprovalStarter>();
                foreach (var claim in batch.Where(c => !existing.Contains(c.InstanceId)))
                    if (await TryStartAsync(db, starter, claim, ct)) started++;
                // Whoever started them (this call, an earlier crashed one, another node): the claims are done.
                await db.ExceptionApprovals.Where(a => ids.Contains(a.InstanceId) && a.StartDataJson != null && db.ProcessInstances.Any(i => i.Id == a.InstanceId))
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.StartDataJson, (string?)null), ct);
            }
            return started;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<bool> TryStartAsync(OaDbContext db, ExceptionApprovalStarter starter, ExceptionApprovalRecord claim, CancellationToken ct)
    {
        try
        {
            var data = JsonNode.Parse(claim.StartDataJson!)?.AsObject() ?? throw new InvalidOperationException("empty start data");
            await starter.StartAsync(claim.InstanceId, claim.PeriodId, claim.UserName, data, ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A duplicate key: another node started this claim a moment ago (its instance id is the primary key).
            if (ex is DbUpdateException && await db.ProcessInstances.AnyAsync(i => i.Id == claim.InstanceId, ct)) return false;
            // Left queued: the next sweep tries again (e.g. once 异常考勤审批 is published).
            log.LogError(ex, "Could not start the 异常考勤审批 of {User} for {Period}", claim.UserName, claim.PeriodId);
            return false;
        }
    }
}
