using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Oa.Host.Data;
using Oa.Host.Jobs;
using Oa.Host.Tests.Infrastructure;
using Quartz;

namespace Oa.Host.Tests.Jobs;

/// <summary>Quartz on both providers: the migration makes its tables, the host runs it on them, readiness reports it.</summary>
public abstract class SchedulerTests<TFactory>(TFactory factory) where TFactory : OaFactory
{
    private static readonly string[] QuartzTables =
    [
        "JOB_DETAILS", "TRIGGERS", "SIMPLE_TRIGGERS", "CRON_TRIGGERS", "SIMPROP_TRIGGERS", "BLOB_TRIGGERS", "CALENDARS",
        "PAUSED_TRIGGER_GRPS", "PAUSED_JOB_GRPS", "FIRED_TRIGGERS", "SCHEDULER_STATE", "LOCKS",
        "EXECUTION_HISTORY", "MISFIRE_HISTORY", "JOB_STATUS",
    ];

    [Fact]
    public async Task Migrations_CreateEveryQuartzTable()
    {
        var catalog = factory.Provider == "Postgres"
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'qrtz\\_%'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'QRTZ\\_%' ESCAPE '\\'";
        var tables = (await QueryAsync(catalog)).Select(t => t.ToUpperInvariant()).ToHashSet();
        foreach (var table in QuartzTables) Assert.Contains("QRTZ_" + table, tables);
    }

    [Fact]
    public async Task HostStarted_SchedulerRunsOnPersistentStore_TimerJobStored()
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var meta = await scheduler.GetMetadata();
        Assert.Equal(SchedulerStatus.Running, meta.Status);
        Assert.True(meta.JobStorePersistent, meta.JobStoreTypeName);
        Assert.Equal(factory.Provider == "Postgres", meta.JobStoreClustered);
        Assert.Equal(SchedulerSetup.SchedulerName, meta.SchedulerName);
        Assert.Equal(["fire-due-timers", "run-due-jobs"], (await QueryAsync("SELECT job_name FROM QRTZ_JOB_DETAILS WHERE job_group = 'bpmn'")).Order());
        Assert.Equal(["fire-due-timers", "run-due-jobs"], (await QueryAsync("SELECT trigger_name FROM QRTZ_TRIGGERS WHERE job_group = 'bpmn'")).Order());
    }

    [Fact]
    public async Task TimerSweep_FiresThroughQuartz()
    {
        // The sweep runs every 5 s from host start; a recorded previous fire time means the store handed it to a thread.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var prev = await QueryAsync("SELECT COALESCE(prev_fire_time, 0) FROM QRTZ_TRIGGERS WHERE trigger_name = 'fire-due-timers'");
            if (prev.Count == 1 && long.Parse(prev[0]) > 0) return;
            await Task.Delay(250);
        }
        Assert.Fail("fire-due-timers did not fire within 20 s");
    }

    [Fact]
    public async Task Readiness_IncludesRunningScheduler()
    {
        var report = await factory.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));
        Assert.Equal(HealthStatus.Healthy, report.Entries["scheduler"].Status);
        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    private Task<List<string>> QueryAsync(string sql) => QueryAsync(factory, sql);

    internal static async Task<List<string>> QueryAsync(OaFactory factory, string sql)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        return await ReadAsync(db.Database.GetDbConnection(), sql);
    }

    internal static async Task<List<string>> ReadAsync(DbConnection connection, string sql)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(Convert.ToString(reader.GetValue(0))!);
        return rows;
    }
}

public sealed class SqliteSchedulerTests(OaFactory factory) : SchedulerTests<OaFactory>(factory), IClassFixture<OaFactory>;

public sealed class PostgresSchedulerTests(PostgresOaFactory factory) : SchedulerTests<PostgresOaFactory>(factory), IClassFixture<PostgresOaFactory>;
