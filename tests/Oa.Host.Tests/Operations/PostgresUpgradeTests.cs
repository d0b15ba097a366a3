using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Oa.Host.Data;
using Oa.Host.Operations.Backup;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Jobs;
using Oa.Host.Tests.ScaleOut;

namespace Oa.Host.Tests.Operations;

/// <summary>
/// Upgrading a PostgreSQL database of an earlier release (migrated up to QuartzTables, with rows in it): the host
/// backs it up with pg_dump, then applies every later migration in one transaction.
/// </summary>
public sealed class PostgresUpgradeTests
{
    [Fact]
    public async Task AnEarlierSchemaWithData_IsBackedUp_ThenMigratedToTheLatest_KeepingItsRows()
    {
        await using var db = await EarlierSchemaAsync();
        await using var factory = new SharedPostgresFactory(db.ConnectionString);
        var admin = await factory.ClientAsAsync("admin"); // starts the host: migrations run here

        Assert.Single(BackupRetention.Archives(Path.Combine(factory.DataDirectory, "backups")));
        var after = await db.DumpAsync();
        Assert.Contains(after["departments"], r => r.StartsWith("old-1|旧部门|", StringComparison.Ordinal));
        Assert.Equal(Migrations().Count, after["__EFMigrationsHistory"].Count);
        Assert.True(after.ContainsKey("protected_settings") && after.ContainsKey("notifications"));
        Assert.True((await admin.GetAsync("/api/org/departments/old-1")).IsSuccessStatusCode);
    }

    [Fact]
    public async Task AMigrationFailingLate_RollsBackTheEarlierOnesToo_TheOldDatabaseIsUntouched_AndTheHostDoesNotStart()
    {
        await using var db = await EarlierSchemaAsync();
        // A table in the way of a later migration's CREATE TABLE "notifications" (Workbench): the pending migrations
        // before it (files and secrets, attendance, ledgers, engine runtime) succeed, then this one fails.
        await using (var conn = await db.OpenAsync())
        await using (var cmd = new Npgsql.NpgsqlCommand("CREATE TABLE notifications (x integer)", conn))
            await cmd.ExecuteNonQueryAsync();
        var before = await db.DumpAsync();

        await using var factory = new SharedPostgresFactory(db.ConnectionString);
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => factory.ClientAsAsync("admin"));
        Assert.Contains("left as it was", ex.ToString());

        var after = await db.DumpAsync();
        Assert.Equal(before.Keys.Order(), after.Keys.Order()); // no table of an earlier pending migration stayed behind
        Assert.DoesNotContain("protected_settings", after.Keys);
        foreach (var (table, rows) in before) Assert.True(rows.SequenceEqual(after[table]), $"table {table} changed");
        Assert.Single(BackupRetention.Archives(Path.Combine(factory.DataDirectory, "backups"))); // taken before trying
    }

    /// <summary>A fresh database migrated as far as QuartzTables, with a department and an org stamp in it.</summary>
    private static async Task<ScratchPostgres> EarlierSchemaAsync()
    {
        var db = await ScratchPostgres.CreateAsync("oa_upgrade_");
        await using (var ctx = new PostgresOaDbContext(new DbContextOptionsBuilder<PostgresOaDbContext>().UseNpgsql(db.ConnectionString).Options))
            await ctx.GetService<IMigrator>().MigrateAsync(Migrations().Single(m => m.EndsWith("_QuartzTables", StringComparison.Ordinal)));
        await using var conn = await db.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("""
            INSERT INTO departments ("Id", "Name", "ParentId", "Code", "HeadUserName", "LeaderUserName", "SortOrder", "Active")
            VALUES ('old-1', '旧部门', NULL, 'OLD', NULL, NULL, 1, true), ('old-2', '旧部门二', 'old-1', NULL, NULL, NULL, 2, true);
            INSERT INTO change_stamps ("Area", "Value") VALUES ('org', 7);
            """, conn);
        await cmd.ExecuteNonQueryAsync();
        return db;
    }

    private static List<string> Migrations()
    {
        using var ctx = new PostgresOaDbContext(new DbContextOptionsBuilder<PostgresOaDbContext>().UseNpgsql("Host=unused").Options);
        return [.. ctx.Database.GetMigrations()];
    }
}
