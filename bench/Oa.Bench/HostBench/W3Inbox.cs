using System.Security.Claims;
using Oa.Bench.Measure;
using Oa.Bench.Report;

namespace Oa.Bench.HostBench;

// W3: the inbox at 100 k and 1 M open tasks (bench/README.md). One SQLite database (the product's default, WAL +
// NORMAL) grows from one size to the next; at each size, three people's first page (20, newest first, with the
// capped count) is timed idle, then again while W1 runs through the product on the same database.
public static class W3Inbox
{
    public static async Task<BenchReport> Run(Options o, string repoRoot, string commandLine)
    {
        var started = DateTimeOffset.UtcNow;
        var machine = MachineInfo.Capture(o.Note);
        await using var host = await HostHarness.CreateAsync(repoRoot, "sqlite", "NORMAL", demoData: false);
        await OursEf.PrepareAsync(host);
        var config = new Dictionary<string, string>
        {
            ["database"] = await host.SqliteSettingsAsync(),
            ["data"] = $"{InboxSeed.Users:N0} users, {InboxSeed.Groups} groups, Zipf(1.0) each; 75% assigned, 25% group pool (+ candidate user for half)",
            ["query"] = "TasksApi.Inbox (GET /api/tasks?box=todo): capped count (999+) then page 1 of 20 newest first, fresh DbContext scope per call",
            ["queries per person per phase"] = o.Queries.ToString(),
        };
        var people = new (string Label, ClaimsPrincipal Who, string User, string[] Roles)[]
        {
            ("top", InboxQuery.Principal(InboxSeed.User(0), [InboxSeed.Group(0)]), InboxSeed.User(0), [InboxSeed.Group(0)]),
            ("median", InboxQuery.Principal(InboxSeed.User(99), [InboxSeed.Group(9)]), InboxSeed.User(99), [InboxSeed.Group(9)]),
            ("tail", InboxQuery.Principal(InboxSeed.User(3999), []), InboxSeed.User(3999), []),
        };
        var seed = new InboxSeed();
        var results = new List<ModeResult>();
        var notes = new List<string>();
        var seeded = 0;
        foreach (var size in o.Tasks.Order())
        {
            var t0 = DateTimeOffset.UtcNow;
            await seed.AddAsync(host, size - seeded);
            seeded = size;
            var label = size >= 1_000_000 ? $"{size / 1_000_000}M" : $"{size / 1000}k";
            config[$"seed to {label}"] = $"{(DateTimeOffset.UtcNow - t0).TotalSeconds:0} s (bulk INSERT, tasks + candidates), db file {new FileInfo(host.DatabaseFile).Length / 1048576.0:0} MiB";
            foreach (var p in people)
            {
                notes.Add($"{label} {p.Label} ({p.User}, roles {string.Join(",", p.Roles)}) plan: {await InboxQuery.PlanAsync(host, p.User, p.Roles)}");
                var first = await InboxQuery.PageAsync(host.Services, p.Who);
                var count = first.TotalCapped ? $"{first.Total}+" : first.Total.ToString();
                // Warm-up (JIT, EF query cache, SQLite page cache), not timed.
                for (var i = 0; i < Math.Min(20, o.Queries); i++) await InboxQuery.PageAsync(host.Services, p.Who);
                W1.W1Workload.Settle();
                results.Add(await Sampler.RunAsync($"inbox-{label}-{p.Label}-idle", "page20+count", o.Queries, _ => InboxQuery.PageAsync(host.Services, p.Who), $"count {count}"));
            }
            // The same queries while W1 (start, approve, approve through EngineHost + EF store) runs on the same database.
            using var stop = new CancellationTokenSource();
            var w1 = Task.Run(async () =>
            {
                var runs = new List<ModeResult>();
                while (!stop.IsCancellationRequested) runs.Add(await OursEf.Run("w1-background", 1, 100, host));
                return runs;
            });
            foreach (var p in people)
                results.Add(await Sampler.RunAsync($"inbox-{label}-{p.Label}-w1", "page20+count", o.Queries, _ => InboxQuery.PageAsync(host.Services, p.Who)));
            stop.Cancel();
            var bg = await w1;
            var inst = bg.Sum(r => r.Instances);
            notes.Add($"{label}: W1 alongside ran {inst} instances at {inst / bg.Sum(r => r.WallSeconds):0.0} instances/s (EF store, SQLite NORMAL)");
            Console.Error.WriteLine($"  {label} done  load {MachineInfo.LoadAverage()}");
        }
        machine.LoadAverageAtEnd = MachineInfo.LoadAverage();
        var summary = Summarise.Modes(results);
        var targets = summary.Where(s => s.Mode.StartsWith("inbox-1M")).Select(s => s.Ops[0])
            .Zip(summary.Where(s => s.Mode.StartsWith("inbox-1M")), (op, s) => new TargetCheck($"W3 {s.Mode} page p99 ms ≤", 10, op.P99Ms, op.P99Ms <= 10)).ToList();
        return new BenchReport
        {
            Workload = "w3", StartedAtUtc = started, CommandLine = commandLine, Machine = machine, Config = config,
            Rounds = results, Summary = summary, Targets = targets, Notes = notes,
        };
    }
}
