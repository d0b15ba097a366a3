using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Bench.Measure;
using Oa.Bench.Report;
using Oa.Host.Data;
using Oa.Host.Data.Engine;

namespace Oa.Bench.HostBench;

// W6: W1 through the product (EngineHost + EF store, SQLite WAL/NORMAL) with 0 / 100 k / 1 M completed instances
// already in the database. The completed instances are bulk-inserted clones of a real W1 instance's rows (its
// process_instances row, task rows and history rows, as the product wrote them), with fresh ids.
public static class W6Growth
{
    public static async Task<BenchReport> Run(Options o, string repoRoot, string commandLine)
    {
        var started = DateTimeOffset.UtcNow;
        var machine = MachineInfo.Capture(o.Note);
        await using var host = await HostHarness.CreateAsync(repoRoot, "sqlite", "NORMAL", demoData: false);
        await OursEf.PrepareAsync(host);
        var n = o.EfInstances ?? 1000;
        var config = new Dictionary<string, string>
        {
            ["database"] = await host.SqliteSettingsAsync(),
            ["W1 per size"] = $"{n} instances × 3 operations (start, approve A, approve B), after a warm-up of {Math.Min(n, 300)} at the first size",
            ["seeded rows"] = "clones of one real completed W1 instance: process_instances + tasks + history rows, copied inside SQLite",
        };
        var results = new List<ModeResult>();
        var notes = new List<string>();
        // Warm-up (JIT, EF model and query caches), not timed; it also leaves real instances to clone.
        await OursEf.Run("warm-up", 0, Math.Min(n, 300), host);
        var (instance, tasks, history) = await SampleAsync(host);
        config["rows per seeded instance"] = $"1 instance ({instance.StateJson.Length} B state), {tasks.Count} tasks, {history.Count} history";
        var seeded = 0;
        foreach (var size in o.Completed.Order())
        {
            var t0 = DateTimeOffset.UtcNow;
            await SeedAsync(host, seeded, size, instance, tasks, history);
            seeded = size;
            var label = size >= 1_000_000 ? $"{size / 1_000_000}M" : size >= 1000 ? $"{size / 1000}k" : size.ToString();
            if (size > 0) config[$"seed to {label}"] = $"{(DateTimeOffset.UtcNow - t0).TotalSeconds:0} s, db file {new FileInfo(host.DatabaseFile).Length / 1048576.0:0} MiB";
            W1.W1Workload.Settle();
            EfCounters.Instance.ResetSql();
            var r = await OursEf.Run($"w1-ef-sqlite-normal-{label}-completed", 1, n, host);
            results.Add(r);
            notes.Add($"{label}: SQL by time inside the provider (count, ms total): " + string.Join(" | ", EfCounters.Instance.TopSql(8).Select(x => $"{x.Count}× {x.Ms:0}ms {x.Sql}")));
            Console.Error.WriteLine($"  {label}: {r.InstancesPerSecond} inst/s  load {MachineInfo.LoadAverage()}");
        }
        machine.LoadAverageAtEnd = MachineInfo.LoadAverage();
        notes.Add("Host memory: the peak MiB column is the process's peak RSS during each W1 phase (reset between phases).");
        return new BenchReport
        {
            Workload = "w6", StartedAtUtc = started, CommandLine = commandLine, Machine = machine, Config = config,
            Rounds = results, Summary = Summarise.Modes(results), Notes = notes,
        };
    }

    private static async Task<(ProcessInstanceRecord, List<WorkTask>, List<HistoryRecord>)> SampleAsync(HostHarness host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        var instance = await db.ProcessInstances.AsNoTracking().Where(i => i.Status == "completed").OrderBy(i => i.StartedAt).FirstAsync();
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.InstanceId == instance.Id).ToListAsync();
        var history = await db.History.AsNoTracking().Where(h => h.InstanceId == instance.Id).ToListAsync();
        return (instance, tasks, history);
    }

    // Clones inside SQLite (BulkInsert.CloneAsync): instance i gets id done-0000000i, its tasks and history follow it.
    private static async Task SeedAsync(HostHarness host, int from, int to, ProcessInstanceRecord instance, List<WorkTask> tasks, List<HistoryRecord> history)
    {
        const string id = "'done-' || printf('%07d', i)";
        for (var start = from; start < to; start += 100_000)
        {
            var end = Math.Min(to, start + 100_000);
            var sample = $"'{instance.Id}'";
            await BulkInsert.CloneAsync<ProcessInstanceRecord>(host, $"s.\"Id\" = {sample}", start, end,
                new Dictionary<string, string> { ["Id"] = id, ["SerialNo"] = "NULL" });
            await BulkInsert.CloneAsync<WorkTask>(host, $"s.\"InstanceId\" = {sample}", start, end,
                new Dictionary<string, string> { ["Id"] = id + " || '-' || s.\"ElementId\"", ["InstanceId"] = id });
            await BulkInsert.CloneAsync<HistoryRecord>(host, $"s.\"InstanceId\" = {sample}", start, end,
                new Dictionary<string, string> { ["InstanceId"] = id });
            Console.Error.WriteLine($"  seeded {end:N0} / {to:N0} completed instances  load {MachineInfo.LoadAverage()}");
        }
    }
}
