using System.Globalization;
using Oa.Bench.Measure;
using Oa.Bench.Report;
using Oa.Bench.Store;

namespace Oa.Bench.W1;

// `profile`: W1 on the raw-sqlite store with a Stopwatch around each phase of every operation, to say
// where the time of ours-sqlite-* goes (see PhaseTimes). One warm-up pass, then one measured pass per
// synchronous setting; "other" is wall time not inside any phase (loop, ids, latency bookkeeping,
// and time the thread was descheduled between phases on a loaded machine).
public static class Profile
{
    public static async Task<BenchReport> Run(Options o, string commandLine)
    {
        var started = DateTimeOffset.UtcNow;
        var machine = MachineInfo.Capture(o.Note);
        var n = o.SqliteInstances ?? o.Instances;
        var results = new List<ModeResult>();
        var notes = new List<string>();
        string[] settings = o.SqliteFull ? ["NORMAL", "FULL"] : ["NORMAL"];
        foreach (var sync in settings)
        {
            var path = Path.Combine(Path.GetTempPath(), $"oa-bench-profile-{Environment.ProcessId}.db");
            using (var warm = new RawSqliteStore(path, sync)) await OursStored.Run("warm-up", 0, Math.Min(n, 2000), warm, () => warm.Commits);
            using var store = new RawSqliteStore(path, sync);
            var probe = new PhaseTimes(3 * n);
            store.Probe = probe;
            W1Workload.Settle();
            var result = await OursStored.Run($"profile-sqlite-{sync.ToLowerInvariant()}", 1, n, store, () => store.Commits, probe);
            var phases = PhaseTimes.Order.Select(p => probe.Phases[p]).ToArray();
            results.Add(result with { Ops = [.. result.Ops, .. phases.Select(p => p.Stats())] });
            var wallMs = result.WallSeconds * 1000;
            var sums = phases.Select(p => (p.Name, Ms: p.Sum())).ToList();
            sums.Add(("other", wallMs - sums.Sum(s => s.Ms)));
            notes.Add($"{sync}: " + string.Join(", ", sums.Select(s =>
                $"{s.Name} {s.Ms.ToString("0.0", CultureInfo.InvariantCulture)} ms ({(100 * s.Ms / wallMs).ToString("0", CultureInfo.InvariantCulture)}%)")) +
                $" of {wallMs.ToString("0.0", CultureInfo.InvariantCulture)} ms wall for {n} instances" +
                (result.Wall is { } w ? $"; the thread was on a CPU {w.OnCpuPct}% of that wall, runnable but waiting for a CPU {w.WaitingForCpuPct}%, blocked (I/O, fsync) {w.BlockedPct}%" : ""));
            notes.Add($"{sync}: write+commit slower than 1 ms: {probe.Phases["write+commit"].CountAbove(1.0)} of {probe.Phases["write+commit"].Count}, " +
                $"{probe.Phases["write+commit"].SumAbove(1.0).ToString("0.0", CultureInfo.InvariantCulture)} ms in total");
        }
        machine.LoadAverageAtEnd = MachineInfo.LoadAverage();
        return new BenchReport
        {
            Workload = "profile",
            StartedAtUtc = started,
            CommandLine = commandLine,
            Machine = machine,
            Config = new Dictionary<string, string>
            {
                ["instances"] = n.ToString(),
                ["store"] = "raw-sqlite store (not the product's EF store), WAL",
            },
            Rounds = results,
            Summary = Summarise.Modes(results),
            Notes = notes,
        };
    }
}
