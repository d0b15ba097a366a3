using System.Security.Claims;
using Oa.Bench.Measure;
using Oa.Bench.Report;
using Oa.Host.Features.Tasks;

namespace Oa.Bench.HostBench;

// W3: the inbox at 100 k and 1 M open tasks (bench/README.md). One SQLite database (the product's default, WAL +
// NORMAL; or PostgreSQL with --postgres) grows from one size to the next; at each size, three people's first page (20,
// with the capped count) is timed idle — newest first, due first, filtered by process oldest first, and a text search —
// then newest first again while W1 runs through the product on the same database. The plan of every statement each
// call runs is printed (InboxPlans).
public static class W3Inbox
{
    private static readonly InboxFilter Search = new(Q: "请假申请 12");

    // What each person's inbox is asked: as it opens, then the other sorts and filters the inbox offers.
    private static readonly (string Name, InboxFilter Filter)[] Variants =
        [("newest", new()), ("due", new(Sort: "due")), ("process-oldest", new(Process: "leave", Sort: "oldest")), ("search", Search)];

    public static async Task<BenchReport> Run(Options o, string repoRoot, string commandLine)
    {
        var started = DateTimeOffset.UtcNow;
        var machine = MachineInfo.Capture(o.Note);
        // --postgres runs the same on a throwaway PostgreSQL database instead (plans then come from EXPLAIN ANALYZE).
        var provider = o.Postgres is null ? "sqlite" : "postgres";
        await using var host = await HostHarness.CreateAsync(repoRoot, provider, "NORMAL", o.Postgres, demoData: false);
        await OursEf.PrepareAsync(host);
        var config = new Dictionary<string, string>
        {
            ["database"] = provider == "sqlite" ? await host.SqliteSettingsAsync() : $"PostgreSQL {o.PostgresServerLabel}",
            ["data"] = $"{InboxSeed.Users:N0} users, {InboxSeed.Groups} groups, Zipf(1.0) each; 75% assigned, 25% group pool (+ candidate user for half)",
            ["query"] = "TasksApi.Inbox (GET /api/tasks?box=todo): capped count (999+) then page 1 of 20, fresh DbContext scope per call; "
                + "newest first (idle and under W1), and idle: due first (sort=due), oldest first of process 'leave' (sort=oldest&process=leave), "
                + $"search (q={Search.Q})",
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
            config[$"seed to {label}"] = $"{(DateTimeOffset.UtcNow - t0).TotalSeconds:0} s (bulk INSERT, tasks + candidates), {(provider == "sqlite" ? $"db file {new FileInfo(host.DatabaseFile).Length / 1048576.0:0} MiB" : "PostgreSQL")}";
            foreach (var p in people)
                foreach (var (variant, filter) in Variants)
                {
                    foreach (var (sql, plan) in await InboxPlans.ExplainAsync(host, p.Who, filter))
                    {
                        notes.Add($"{label} {p.Label} ({p.User}, roles {string.Join(",", p.Roles)}) {variant}: {sql}\n{plan}");
                        Console.Error.WriteLine($"--- {label} {p.Label} {variant}: {sql}\n{plan}");
                    }
                    var first = await InboxQuery.PageAsync(host.Services, p.Who, 1, filter);
                    var count = first.TotalCapped ? $"{first.Total}+" : first.Total.ToString();
                    // Warm-up (JIT, EF query cache, SQLite page cache), not timed.
                    for (var i = 0; i < Math.Min(20, o.Queries); i++) await InboxQuery.PageAsync(host.Services, p.Who, 1, filter);
                    W1.W1Workload.Settle();
                    var mode = variant == "newest" ? $"inbox-{label}-{p.Label}-idle" : $"inbox-{label}-{p.Label}-{variant}-idle";
                    EfCounters.Instance.ResetSql();
                    results.Add(await Sampler.RunAsync(mode, "page20+count", o.Queries, _ => InboxQuery.PageAsync(host.Services, p.Who, 1, filter), $"count {count}"));
                    // Where the time went: wall ms inside the provider per statement (first 90 characters of its SQL).
                    notes.Add($"{mode} per statement: " + string.Join(" | ", EfCounters.Instance.TopSql(8)
                        .Select(x => $"{x.Ms / Math.Max(1, x.Count):0.00} ms × {x.Count}: {x.Sql}")));
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
        // The target is for the page as the inbox opens (newest first, no filter); the other variants are reported beside it.
        var plain = summary.Where(s => s.Mode.StartsWith("inbox-1M") && !Variants.Skip(1).Any(v => s.Mode.Contains($"-{v.Name}-"))).ToList();
        var targets = plain.Select(s => s.Ops[0])
            .Zip(plain, (op, s) => new TargetCheck($"W3 {s.Mode} page p99 ms ≤", 10, op.P99Ms, op.P99Ms <= 10)).ToList();
        return new BenchReport
        {
            Workload = "w3", StartedAtUtc = started, CommandLine = commandLine, Machine = machine, Config = config,
            Rounds = results, Summary = summary, Targets = targets, Notes = notes,
        };
    }
}
