using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Operations.Backup;

namespace Oa.Host.Operations.Upgrade;

/// <summary>
/// Applies pending migrations the careful way. A database that already has data is first backed up
/// (Backup:BeforeMigrations, on by default). Then a failed upgrade leaves the old database exactly as it was:
/// on SQLite the migrations run on a copy, which replaces the live file only when every migration succeeded; on
/// PostgreSQL all pending migrations run in one transaction (its DDL is transactional), see <see cref="PostgresMigration"/>.
/// </summary>
public sealed class SafeMigrator(OaDbContext db, IConfiguration config, IHostEnvironment env, BackupOptions options, IServiceProvider services, ILogger<SafeMigrator> log)
{
    public async Task MigrateAsync(CancellationToken ct)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0) return;
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        if (applied.Count == 0)
        {
            await db.Database.MigrateAsync(ct); // an empty database: nothing to protect
            return;
        }
        string? archive = null;
        if (options.BeforeMigrations)
        {
            archive = (await services.GetRequiredService<BackupService>().CreateAsync($"before migrating to {pending[^1]}", ct)).Path;
            log.LogInformation("Backed up to {Archive} before applying {Count} migration(s)", archive, pending.Count);
        }
        try
        {
            if (DatabaseSetup.DatabaseProviderName(config) == "sqlite") await MigrateSqliteCopyAsync(ct);
            else await PostgresMigration.ApplyPendingAsync(db, log, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InvalidOperationException(
                $"Migrating to {pending[^1]} failed; the database was left as it was." +
                (archive is null ? "" : $" The backup taken before is {archive}."), ex);
        }
    }

    private async Task MigrateSqliteCopyAsync(CancellationToken ct)
    {
        var liveCs = DatabaseSetup.SqliteConnectionString(config, env.ContentRootPath);
        var live = new SqliteConnectionStringBuilder(liveCs).DataSource;
        var copy = live + ".upgrading";
        foreach (var stale in new[] { copy, copy + "-journal", copy + "-wal", copy + "-shm" }) File.Delete(stale);
        DatabaseSnapshot.CopySqlite(liveCs, copy);
        try
        {
            var copyOptions = new DbContextOptionsBuilder<SqliteOaDbContext>()
                .UseSqlite(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString()).Options;
            await using (var copyDb = new SqliteOaDbContext(copyOptions))
                await copyDb.Database.MigrateAsync(ct);
        }
        catch
        {
            File.Delete(copy);
            throw;
        }
        // Nothing else runs yet (migrations come before the host starts): close our pooled connections, which
        // checkpoints the live WAL, then swap. A leftover -wal belongs to the old file and must not meet the new one.
        await db.Database.CloseConnectionAsync();
        SqliteConnection.ClearAllPools();
        File.Move(copy, live, overwrite: true);
        foreach (var old in new[] { live + "-wal", live + "-shm" }) File.Delete(old);
        DatabaseSnapshot.UseWal(live);
        log.LogInformation("Migrated a copy of {Database} and swapped it in", live);
    }
}
