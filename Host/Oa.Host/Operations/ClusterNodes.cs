using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Jobs;

namespace Oa.Host.Operations;

/// <summary>
/// The hosts of a cluster, as the clustered Quartz store knows them: every node checks in to QRTZ_SCHEDULER_STATE
/// (by default every 7.5 s), and a node whose check-in is overdue is presumed dead and its triggers are recovered
/// by the others. Only PostgreSQL runs clustered; on SQLite there is one node and this is empty.
/// </summary>
public static class ClusterNodes
{
    public static async Task<IReadOnlyList<(string Node, DateTimeOffset LastCheckIn)>> ReadAsync(OaDbContext db, IConfiguration config, CancellationToken ct)
    {
        if (DatabaseSetup.DatabaseProviderName(config) != "postgres") return [];
        try
        {
            var rows = await db.Database.SqlQuery<NodeRow>(
                    $"SELECT instance_name AS \"Name\", last_checkin_time AS \"Ticks\" FROM qrtz_scheduler_state WHERE sched_name = {SchedulerSetup.SchedulerName}")
                .ToListAsync(ct);
            // Quartz.NET stores times as UTC ticks.
            return rows.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => (r.Name, new DateTimeOffset(r.Ticks, TimeSpan.Zero))).ToList();
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException)
        {
            return []; // the status page reports the database separately
        }
    }

    private sealed class NodeRow
    {
        public string Name { get; set; } = "";
        public long Ticks { get; set; }
    }
}
