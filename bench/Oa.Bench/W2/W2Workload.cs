using Oa.Bench.Measure;
using Oa.Bench.Report;
using Oa.Bench.Store;
using Oa.Bench.W1;
using Oa.Workflows.Runtime;

namespace Oa.Bench.W2;

// W2: five-step chain with a three-way parallel countersign, completed concurrently from several
// threads through WorkflowRuntime, against InMemoryInstanceStore and the raw-sqlite store (WAL,
// NORMAL). No peer run: the peer's bench.mjs has no such workload. Round 0 is a discarded warm-up;
// the two stores alternate order between rounds.
public static class W2Workload
{
    public static Task<BenchReport> Run(Options o, string commandLine)
    {
        var started = DateTimeOffset.UtcNow;
        var machine = MachineInfo.Capture(o.Note);
        var n = o.Instances;
        var sqliteN = o.SqliteInstances ?? n;
        var config = new Dictionary<string, string>
        {
            ["instances per round"] = $"{n} in-memory, {sqliteN} sqlite",
            ["measured rounds"] = $"{o.Rounds} (+1 warm-up discarded)",
            ["worker threads"] = o.Workers.ToString(),
            ["model"] = "start → step1 → step2 → countersign (parallel multi-instance ×3) → step4 → step5 → end; 7 tasks/instance",
            ["store for ours-w2-sqlite-normal"] = "raw-sqlite store (not the product's EF store), WAL, one connection per worker thread",
        };
        var results = new List<ModeResult>();
        for (var round = 0; round <= o.Rounds; round++)
        {
            var modes = new List<Func<ModeResult>>
            {
                () => ChainRun.Run("ours-w2-inmem", round, n, o.Workers, new InMemoryInstanceStore()),
                () => Sqlite(round, sqliteN, o.Workers, config),
            };
            if (round % 2 == 1) modes.Reverse();
            foreach (var mode in modes)
            {
                W1Workload.Settle();
                var r = mode();
                Console.Error.WriteLine($"  round {round}{(round == 0 ? " (warm-up)" : "")}: {r.Mode,-22} {r.InstancesPerSecond,8:0.0} inst/s {r.TasksPerSecond,8:0.0} tasks/s  conflicts {r.ConflictRetries}  load {MachineInfo.LoadAverage()}");
                if (round > 0) results.Add(r);
            }
        }
        machine.LoadAverageAtEnd = MachineInfo.LoadAverage();
        return Task.FromResult(new BenchReport
        {
            Workload = "w2",
            StartedAtUtc = started,
            CommandLine = commandLine,
            Machine = machine,
            Config = config,
            Rounds = results,
            Summary = Summarise.Modes(results),
            Notes =
            [
                "conflicts = optimistic-concurrency conflicts seen by the store (each one re-run by WorkflowRuntime); gave up = commands the runtime abandoned after 3 attempts, re-queued by the bench.",
                "task = the four single-approver steps; countersign = the three parallel tasks; start = StartAsync.",
            ],
        });
    }

    private static ModeResult Sqlite(int round, int n, int workers, Dictionary<string, string> config)
    {
        var path = Path.Combine(Path.GetTempPath(), $"oa-bench-w2-{Environment.ProcessId}.db");
        using var store = new RawSqliteStore(path, "NORMAL");
        var (journal, sync, version) = store.Settings();
        config["sqlite"] = $"{version}, journal_mode={journal}, synchronous={sync} (1=NORMAL)";
        return ChainRun.Run("ours-w2-sqlite-normal", round, n, workers, store, () => store.Commits);
    }
}
