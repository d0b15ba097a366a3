using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Operations.Backup;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Operations;

/// <summary>
/// A host started on a copy of Fixtures/schema-quartztables.db: a database made by the migrations up to
/// QuartzTables (the demo organisation, the shipped processes, three leave requests — one approved by the head,
/// two waiting for him), as an earlier release left it.
/// </summary>
public sealed class FixtureDatabaseFactory : OaFactory
{
    public const string FixtureMigration = "20261201123936_QuartzTables";

    public FixtureDatabaseFactory(Action<string>? prepare = null)
    {
        Directory.CreateDirectory(DataDirectory);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Operations", "Fixtures", "schema-quartztables.db"), DatabaseFile);
        prepare?.Invoke(DatabaseFile);
    }

    public string DatabaseFile => Path.Combine(DataDirectory, "oa.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Bootstrap:DemoData", "false");
    }
}

public sealed class UpgradeTests
{
    [Fact]
    public async Task StartingOnAnEarlierSchemaWithData_BacksUpFirst_MigratesToTheLatest_AndTheRequestsCarryOn()
    {
        await using var factory = new FixtureDatabaseFactory();
        var before = OperationsHosts.DumpSqlite(factory.DatabaseFile);
        var head = await factory.ClientAsAsync("wanglei"); // starts the host: migrations run here

        var archive = Assert.Single(BackupRetention.Archives(Path.Combine(factory.DataDirectory, "backups")));
        using var opened = await BackupArchive.OpenAsync(archive.FullName, null, CancellationToken.None);
        var manifest = opened.Manifest;
        Assert.Equal(FixtureDatabaseFactory.FixtureMigration, manifest.LastMigration);
        Assert.Equal(3, manifest.Tables["process_instances"]);

        var after = OperationsHosts.DumpSqlite(factory.DatabaseFile);
        Assert.True(after.ContainsKey("files") && after.ContainsKey("protected_settings"));
        Assert.True(after["__EFMigrationsHistory"].Count > before["__EFMigrationsHistory"].Count);
        foreach (var table in new[] { "AspNetUsers", "process_instances", "tasks", "history", "process_definitions" })
            Assert.Equal(before[table].Count, after[table].Count);

        var waiting = await (await head.GetAsync("/api/tasks?box=todo&pageSize=50")).JsonAsync();
        var items = waiting.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync(items[0].GetProperty("taskId").GetString()!, "approve", new { comment = "同意" })).StatusCode);
    }

    [Fact]
    public async Task AFailingMigration_LeavesTheOldDatabaseUntouched_AndTheHostDoesNotStart()
    {
        // A table in the way of the new migration's CREATE TABLE makes it fail half-way through the upgrade.
        await using var factory = new FixtureDatabaseFactory(file =>
        {
            using var conn = new SqliteConnection($"Data Source={file};Pooling=False");
            conn.Open();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = "CREATE TABLE protected_settings (x INTEGER)";
            cmd.ExecuteNonQuery();
        });
        var before = OperationsHosts.DumpSqlite(factory.DatabaseFile);

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => factory.ClientAsAsync("wanglei"));
        Assert.Contains("left as it was", ex.ToString());

        var after = OperationsHosts.DumpSqlite(factory.DatabaseFile);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (table, rows) in before) Assert.True(rows.SequenceEqual(after[table]), $"table {table} changed");
        Assert.False(File.Exists(factory.DatabaseFile + ".upgrading"));
        Assert.Single(BackupRetention.Archives(Path.Combine(factory.DataDirectory, "backups")));
    }
}
