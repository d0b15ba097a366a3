using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Oa.Host.Tests.Infrastructure;
using Quartz;

namespace Oa.Host.Tests.Jobs;

/// <summary>A host on a database another host already uses: the two schedulers form one cluster.</summary>
public sealed class SharedPostgresFactory(string connectionString) : OaFactory("Postgres")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Oa", connectionString);
    }
}

/// <summary>Counts runs per firing, with the node that ran it.</summary>
public sealed class CountingJob : IJob
{
    public static readonly ConcurrentDictionary<string, ConcurrentBag<string>> Runs = new();

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        Runs.GetOrAdd(context.JobDetail.Key.Name, _ => []).Add(context.Scheduler.SchedulerInstanceId);
        return ValueTask.CompletedTask;
    }
}

public sealed class ClusterTests : IAsyncLifetime
{
    private readonly string _database = "oa_cluster_" + Guid.NewGuid().ToString("N")[..10];
    private string Server => Environment.GetEnvironmentVariable("OA_TEST_POSTGRES")
        ?? throw new InvalidOperationException("OA_TEST_POSTGRES is not set: run the tests through ./test.sh.");

    public async Task InitializeAsync()
    {
        await using var conn = new NpgsqlConnection(Server);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE {_database}", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(Server);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task TwoHostsOnOneDatabase_Clustered_EachFiringRunsOnce()
    {
        var shared = new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ToString();
        await using var first = new SharedPostgresFactory(shared);
        var a = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(); // migrated and started before the second
        await using var second = new SharedPostgresFactory(shared);
        var b = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        Assert.True((await a.GetMetadata()).JobStoreClustered);
        Assert.True((await b.GetMetadata()).JobStoreClustered);
        Assert.NotEqual(a.SchedulerInstanceId, b.SchedulerInstanceId);
        Assert.Equal(2, (await a.QueryClusterNodes()).Count);

        // Each job is triggered once, half from each node; whichever node acquires a firing runs it, and only that one.
        var names = Enumerable.Range(0, 10).Select(i => $"count-{Guid.NewGuid():N}-{i}").ToList();
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            var job = JobBuilder.Create<CountingJob>().WithIdentity(name, "test").StoreDurably().Build();
            await (i % 2 == 0 ? a : b).ScheduleJob(job, TriggerBuilder.Create().WithIdentity(name, "test").StartNow().Build(), new ScheduleJobOptions());
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && names.Any(n => !CountingJob.Runs.ContainsKey(n))) await Task.Delay(200);
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a second, wrong run to show up
        foreach (var name in names)
            Assert.True(CountingJob.Runs.TryGetValue(name, out var runs) && runs.Count == 1,
                $"{name} ran {(CountingJob.Runs.TryGetValue(name, out var r) ? r.Count : 0)} time(s)");
    }
}
