using System.Globalization;
using Oa.Bench.Measure;

namespace Oa.Bench.Report;

// The human-readable view of a report: one line per mode (medians), then ratios and targets.
public static class Table
{
    private static readonly string[] OpOrder = ["start", "completeA", "completeB", "instance", "countersign", "task"];

    public static void Print(BenchReport r, TextWriter w)
    {
        var m = r.Machine;
        w.WriteLine();
        w.WriteLine($"{r.Workload.ToUpperInvariant()}  {r.StartedAtUtc:u}  {m.LogicalCores} cores, {m.MemoryGiB} GiB, {m.Os}");
        w.WriteLine($"  {m.DotNet}, GC {(m.ServerGc ? "server" : "workstation")}/{(m.ConcurrentGc ? "concurrent" : "non-concurrent")}, load avg start {m.LoadAverageAtStart}, end {m.LoadAverageAtEnd}");
        if (r.EngineSource is { } src) w.WriteLine($"  engine source: {src}");
        if (r.Peer is { } p) w.WriteLine($"  peer: {p.Engine} {p.Version} on Node {p.Node}");
        foreach (var (k, v) in r.Config) w.WriteLine($"  {k}: {v}");
        w.WriteLine();
        var seen = r.Summary.SelectMany(s => s.Ops.Select(x => x.Op)).Distinct().ToArray();
        var ops = OpOrder.Where(seen.Contains).Concat(seen.Except(OpOrder)).ToArray();
        var header = new List<string> { "mode", "rounds", "inst/s" };
        if (r.Summary.Any(s => s.TasksPerSecond is not null)) header.Add("tasks/s");
        header.AddRange(ops.Select(o => o + " p50/p99 ms"));
        header.AddRange(["alloc KB/inst", "CPU s/1k", "commits/1k", "peak MiB"]);
        if (r.Summary.Any(s => s.ConflictRetries is not null)) header.AddRange(["conflicts", "gave up"]);
        if (r.Summary.Any(s => s.Wall is not null)) header.Add("wall % cpu/queue/blocked");
        var rows = r.Summary.Select(s =>
        {
            var row = new List<string> { s.Mode, s.Rounds.ToString(), F(s.InstancesPerSecond, 1) };
            if (header.Contains("tasks/s")) row.Add(F(s.TasksPerSecond, 1));
            row.AddRange(ops.Select(o => s.Ops.FirstOrDefault(x => x.Op == o) is { } x ? $"{F(x.P50Ms, 3)}/{F(x.P99Ms, 3)}" : "-"));
            row.AddRange([F(s.AllocatedBytesPerInstance / 1024, 1), F(s.CpuSecondsPer1000, 3) + (s.Mode.StartsWith("peer") ? "~" : ""),
                F(s.CommitsPer1000, 0), F(s.PeakWorkingSetMiB, 1)]);
            if (header.Contains("conflicts")) row.AddRange([F(s.ConflictRetries, 0), F(s.RuntimeGaveUp, 0)]);
            if (header.Contains("wall % cpu/queue/blocked")) row.Add(s.Wall is { } x ? $"{F(x.OnCpuPct, 0)}/{F(x.WaitingForCpuPct, 0)}/{F(x.BlockedPct, 0)}" : "-");
            return row;
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(row => row[i].Length))).ToArray();
        w.WriteLine(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))));
        w.WriteLine(string.Join("  ", widths.Select(x => new string('-', x))));
        foreach (var row in rows) w.WriteLine(string.Join("  ", row.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))));
        if (r.Ratios.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("ratio ours/peer (instances/s), median of rounds [per round]:");
            foreach (var x in r.Ratios) w.WriteLine($"  {x.Name,-36} {x.Median,7:0.00}×   [{string.Join(", ", x.PerRound.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)))}]");
        }
        if (r.Targets.Count > 0)
        {
            w.WriteLine();
            foreach (var t in r.Targets) w.WriteLine($"  target {t.Target}: need {t.Required}, measured {t.Measured} → {(t.Met ? "MET" : "NOT MET")}");
        }
        foreach (var g in r.Rounds.Where(x => x.Note is not null).GroupBy(x => x.Mode))
            w.WriteLine($"  {g.Key} (last round): {g.Last().Note}");
        foreach (var n in r.Notes) w.WriteLine($"  note: {n}");
    }

    private static string F(double? v, int decimals) => v is { } x && !double.IsNaN(x) ? x.ToString("F" + decimals, CultureInfo.InvariantCulture) : "-";
}
