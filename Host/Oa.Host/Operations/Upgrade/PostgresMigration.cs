using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Oa.Host.Data;

namespace Oa.Host.Operations.Upgrade;

/// <summary>
/// Runs every pending migration of a PostgreSQL database in ONE transaction. EF's own Migrate commits each
/// migration separately, so a failure in the third of five would leave two applied and the old version unable to
/// run; PostgreSQL's DDL is transactional, so here a failure rolls the schema and the data back to where they were.
/// </summary>
/// <remarks>
/// The transaction first locks the migrations history table: when several nodes of a cluster start the new version
/// at once, one migrates and the others wait, then find nothing left to do.
/// </remarks>
public static class PostgresMigration
{
    public static async Task ApplyPendingAsync(OaDbContext db, ILogger log, CancellationToken ct)
    {
        var migrations = db.Database.GetMigrations().ToList();
        await using var conn = new NpgsqlConnection(db.Database.GetConnectionString());
        await conn.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await ExecAsync(conn, tx, "LOCK TABLE \"__EFMigrationsHistory\" IN ACCESS EXCLUSIVE MODE", ct);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var read = new NpgsqlCommand("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"", conn, tx))
        await using (var r = await read.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) applied.Add(r.GetString(0));
        var pending = migrations.Where(m => !applied.Contains(m)).ToList();
        if (pending.Count == 0)
        {
            await tx.CommitAsync(ct); // another node migrated while we waited for the lock
            return;
        }
        var last = migrations.Where(applied.Contains).LastOrDefault();
        // The SQL of exactly the pending migrations, including their history rows, without EF's per-migration
        // BEGIN/COMMIT: the enclosing transaction is ours.
        var script = db.GetService<IMigrator>().GenerateScript(last, null, MigrationsSqlGenerationOptions.NoTransactions);
        await ExecAsync(conn, tx, script, ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Applied {Count} migration(s) in one transaction: {Names}", pending.Count, string.Join(", ", pending));
    }

    private static async Task ExecAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx) { CommandTimeout = 0 }; // a large table's migration may take long
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
