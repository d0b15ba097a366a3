using Oa.Bench.HostBench;
using Oa.Bench.Measure;
using Oa.Bench.Peer;
using Oa.Bench.Report;
using Oa.Bench.Store;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;

namespace Oa.Bench.W1;

// W1, two-step approval. One invocation runs every mode in rounds; within a round each of ours runs
// next to its peer counterpart (A B, and B A on odd rounds so a drifting machine load does not always
// favour the same side). Round 0 warms our JIT up and is discarded; the peer is not run in it because
// every peer process warms itself up on its first min(200, N) instances before timing.
public static class W1Workload
{
    public static async Task<BenchReport> Run(Options o, string repoRoot, string commandLine)
    {
        var started = DateTimeOffset.UtcNow;
        var machine = MachineInfo.Capture(o.Note);
        var peer = o.Peer ? PeerRunner.Prepare(repoRoot, TimeSpan.FromSeconds(o.PeerTimeoutSeconds)) : null;
        var n = o.Instances;
        var sqliteN = o.SqliteInstances ?? n;
        var runtimeMode = new OursRuntime();
        var sqlite = new Dictionary<string, string>();
        var results = new List<ModeResult>();
        // The product's EF store: one host (and database) per mode, reused by every round, so later rounds run
        // on a database that already holds the earlier rounds' completed instances (W6 measures growth on purpose).
        var ef = new Dictionary<string, HostHarness>();
        async Task<ModeResult> Ef(string provider, string sync, int r, int count)
        {
            var mode = provider == "postgres" ? "ours-ef-postgres" : $"ours-ef-sqlite-{sync.ToLowerInvariant()}";
            if (!ef.TryGetValue(mode, out var host))
            {
                host = await HostHarness.CreateAsync(repoRoot, provider, sync, o.Postgres);
                await OursEf.PrepareAsync(host);
                ef[mode] = host;
                sqlite[$"{mode} database"] = provider == "postgres" ? "PostgreSQL (throwaway database on " + o.PostgresServerLabel + ")" : await host.SqliteSettingsAsync();
            }
            return await OursEf.Run(mode, r, count, host);
        }

        for (var round = 0; round <= o.Rounds; round++)
        {
            var r = round;
            var flip = round % 2 == 1;
            var measured = new List<ModeResult>();
            async Task Pair(Func<Task<ModeResult>> ours, Func<Task<ModeResult>>? theirs)
            {
                var order = theirs is null || r == 0 ? [ours] : flip ? new[] { theirs, ours } : [ours, theirs];
                foreach (var step in order)
                {
                    Settle();
                    var result = await step();
                    measured.Add(result);
                    Console.Error.WriteLine($"  round {r}{(r == 0 ? " (warm-up)" : "")}: {result.Mode,-18} {result.InstancesPerSecond,9:0.0} inst/s  load {MachineInfo.LoadAverage()}");
                }
            }
            // Tiered JIT needs a few thousand calls (and its background delay) to reach optimised code, so
            // the warm-up round runs at least 2,000 instances of the cheap in-memory modes.
            var m = r == 0 ? Math.Max(n, 2000) : n;
            await Pair(() => Task.FromResult(OursInMem.Run(r, m)), peer is null ? null : () => Task.FromResult(peer.Run("inmem", r, n)));
            await Pair(() => OursStored.Run("ours-persist", r, m, new InMemoryInstanceStore()), peer is null ? null : () => Task.FromResult(peer.Run("persist", r, n)));
            await Pair(() => Sqlite("NORMAL", r, sqliteN, sqlite), o.SqliteFull ? () => Sqlite("FULL", r, sqliteN, sqlite) : null);
            await Pair(() => runtimeMode.Run(r, n), null);
            if (o.Ef)
            {
                var efN = o.EfInstances ?? sqliteN;
                await Pair(() => Ef("sqlite", "NORMAL", r, efN), peer is null ? null : () => Task.FromResult(peer.Run("persist", r, n)));
                if (o.SqliteFull) await Pair(() => Ef("sqlite", "FULL", r, efN), null);
                if (o.Postgres is not null) await Pair(() => Ef("postgres", "NORMAL", r, efN), null);
            }
            if (round > 0) results.AddRange(measured);
        }
        machine.LoadAverageAtEnd = MachineInfo.LoadAverage();
        foreach (var host in ef.Values) await host.DisposeAsync();

        var config = new Dictionary<string, string>
        {
            ["instances per mode per round"] = n.ToString(),
            ["instances per sqlite round"] = sqliteN.ToString(),
            ["measured rounds"] = $"{o.Rounds} (+1 warm-up discarded)",
            ["store for ours-ef-*"] = "the product: Oa.Host EngineHost + EfInstanceStore (state, task rows, history, notifications; one transaction per command), database created and migrated by the product",
            ["instances per ours-ef round"] = (o.EfInstances ?? sqliteN).ToString(),
            ["store for ours-sqlite-*"] = "raw-sqlite store (Microsoft.Data.Sqlite, table instances(id, state json, version), optimistic UPDATE … WHERE version), NOT the product's EF store",
        };
        foreach (var (k, v) in sqlite) config[k] = v;
        string[] pairs = ["ours-inmem:peer-inmem", "ours-persist:peer-persist", "ours-sqlite-normal:peer-persist", "ours-sqlite-full:peer-persist", "ours-runtime:peer-persist", "ours-ef-sqlite-normal:peer-persist", "ours-ef-sqlite-full:peer-persist", "ours-ef-postgres:peer-persist"];
        var ratios = pairs.Select(p => p.Split(':')).Select(p => Summarise.RatioOf(results, p[0], p[1])).OfType<Ratio>().ToArray();
        var summary = Summarise.Modes(results);
        var targets = new List<TargetCheck>();
        if (summary.FirstOrDefault(s => s.Mode == "ours-sqlite-normal") is { } normal)
            targets.Add(new("W1 ours-sqlite-normal instances/s", 1000, normal.InstancesPerSecond, normal.InstancesPerSecond >= 1000));
        if (ratios.FirstOrDefault(x => x.Ours == "ours-sqlite-normal") is { } vsPeer)
            targets.Add(new("W1 ours-sqlite-normal / peer-persist", 5, vsPeer.Median, vsPeer.Median >= 5));

        if (summary.FirstOrDefault(s => s.Mode == "ours-ef-sqlite-normal") is { } efNormal)
            targets.Add(new("W1 ours-ef-sqlite-normal (product EF store) instances/s", 1000, efNormal.InstancesPerSecond, efNormal.InstancesPerSecond >= 1000));
        if (ratios.FirstOrDefault(x => x.Ours == "ours-ef-sqlite-normal") is { } efVsPeer)
            targets.Add(new("W1 ours-ef-sqlite-normal / peer-persist", 5, efVsPeer.Median, efVsPeer.Median >= 5));

        return new BenchReport
        {
            Workload = "w1",
            StartedAtUtc = started,
            CommandLine = commandLine,
            Machine = machine,
            Config = config,
            Peer = peer is null ? null : new PeerInfo("bpmn-engine", peer.EngineVersion, peer.NodeVersion, Path.GetRelativePath(repoRoot, peer.Directory)),
            Rounds = results,
            Summary = summary,
            Ratios = ratios,
            Targets = targets,
            Notes =
            [
                "ours-inmem / ours-persist / ours-sqlite-* run the Executor directly (plus the store); WorkflowRuntime is measured separately as ours-runtime because its EffectLog grows without bound.",
                .. peer is null ? Array.Empty<string>() :
                [
                    "peer CPU s/1k (~) is the whole Node process (module load + warm-up included) divided by all instances it ran: an upper bound.",
                    n < 200 ? $"peer warms up on min(200, N) = {n} instances, so with N < 200 it is timed before V8 is fully warm: the ratios favour us more than at N ≥ 200." : "peer warms up on 200 instances per process before timing.",
                ],
                "ours-persist and ours-sqlite-* also save the final state after taskB; the peer's persist drops it.",
                $"ours-runtime EffectLog after all rounds: {runtimeMode.EffectLogLength} effects retained.",
                StateSizes() + (results.FirstOrDefault(x => x.Mode == "peer-persist")?.Note is { } snap ? $" Peer: {snap}." : ""),
            ],
        };
    }

    private static async Task<ModeResult> Sqlite(string synchronous, int round, int n, Dictionary<string, string> settings)
    {
        var path = Path.Combine(Path.GetTempPath(), $"oa-bench-{Environment.ProcessId}-{synchronous.ToLowerInvariant()}.db");
        using var store = new RawSqliteStore(path, synchronous);
        var (journal, sync, version) = store.Settings();
        settings["sqlite"] = version;
        settings[$"sqlite {synchronous}"] = $"journal_mode={journal}, synchronous={sync} (1=NORMAL, 2=FULL), file in {Path.GetTempPath()}";
        return await OursStored.Run($"ours-sqlite-{synchronous.ToLowerInvariant()}", round, n, store, () => store.Commits);
    }

    // The peer reports its average snapshot size; the same figure for our persisted JSON.
    private static string StateSizes()
    {
        var atA = ApprovalModel.Start("0123456789abcdef0123456789abcdef", 0).State;
        var atB = ApprovalModel.CompleteA(atA).State;
        var end = ApprovalModel.CompleteB(atB).State;
        static int Bytes(Oa.Workflows.Runtime.InstanceState s) => System.Text.Encoding.UTF8.GetByteCount(InstanceStateSerializer.Serialize(s));
        return $"our state JSON: {Bytes(atA)} B waiting at taskA, {Bytes(atB)} B at taskB, {Bytes(end)} B completed ";
    }

    // Start each mode from a collected heap so it does not pay for the previous mode's garbage.
    internal static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
