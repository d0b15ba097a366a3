using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Features.Files;

namespace Oa.Host.Operations.Retention;

/// <summary>
/// History time-to-live, per process like Camunda's: Retention:Processes:&lt;processKey&gt; (or Retention:DefaultDays)
/// days after a request ended, it is deleted with its tasks, timers, history, CC rows and attachments. Requests
/// that have not ended are never touched, however old; without a setting, nothing is deleted.
/// </summary>
public sealed class HistoryCleanup(OaDbContext db, IConfiguration config, FileStoreOptions files, TimeProvider clock, ILogger<HistoryCleanup> log)
{
    private static readonly string[] Ended = ["completed", "rejected", "cancelled"];

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var defaultDays = config.GetValue<int?>("Retention:DefaultDays");
        var perProcess = config.GetSection("Retention:Processes").GetChildren().ToDictionary(c => c.Key, c => int.Parse(c.Value!), StringComparer.Ordinal);
        var keys = await db.ProcessInstances.Where(i => Ended.Contains(i.Status)).Select(i => i.ProcessKey).Distinct().ToListAsync(ct);
        var removed = 0;
        foreach (var key in keys)
        {
            var days = perProcess.TryGetValue(key, out var d) ? d : defaultDays;
            if (days is null) continue;
            var cutoff = now.AddDays(-days.Value);
            var ids = await db.ProcessInstances.Where(i => i.ProcessKey == key && Ended.Contains(i.Status) && i.EndedAt != null && i.EndedAt < cutoff)
                .Select(i => i.Id).Take(500).ToListAsync(ct);
            if (ids.Count > 0) removed += await DeleteAsync(ids, ct);
        }
        if (removed > 0) log.LogInformation("History clean-up removed {Count} ended request(s)", removed);
        return removed;
    }

    private async Task<int> DeleteAsync(List<string> ids, CancellationToken ct)
    {
        var hashes = await db.Files.Where(f => f.InstanceId != null && ids.Contains(f.InstanceId)).Select(f => new { f.Sha256, f.Encrypted }).Distinct().ToListAsync(ct);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var taskIds = db.Tasks.Where(t => ids.Contains(t.InstanceId)).Select(t => t.Id);
            await db.TaskCandidates.Where(c => taskIds.Contains(c.TaskId)).ExecuteDeleteAsync(ct);
            await db.Tasks.Where(t => ids.Contains(t.InstanceId)).ExecuteDeleteAsync(ct);
            await db.Timers.Where(t => ids.Contains(t.InstanceId)).ExecuteDeleteAsync(ct);
            await db.History.Where(h => ids.Contains(h.InstanceId)).ExecuteDeleteAsync(ct);
            await db.CarbonCopies.Where(c => ids.Contains(c.InstanceId)).ExecuteDeleteAsync(ct);
            await db.Files.Where(f => f.InstanceId != null && ids.Contains(f.InstanceId)).ExecuteDeleteAsync(ct);
            // Checked again inside the transaction: a request reopened meanwhile is not ended any more and stays.
            var deleted = await db.ProcessInstances.Where(i => ids.Contains(i.Id) && Ended.Contains(i.Status)).ExecuteDeleteAsync(ct);
            await tx.CommitAsync(ct);
            // Blobs go after the commit, and only those no remaining row still names (equal uploads share one blob).
            foreach (var h in hashes)
                if (!await db.Files.AnyAsync(f => f.Sha256 == h.Sha256 && f.Encrypted == h.Encrypted, ct))
                    File.Delete(FileStore.BlobPath(files.Directory, h.Sha256, h.Encrypted));
            return deleted;
        }
    }
}
