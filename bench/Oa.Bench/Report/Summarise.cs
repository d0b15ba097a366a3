using Oa.Bench.Measure;

namespace Oa.Bench.Report;

public static class Summarise
{
    public static IReadOnlyList<ModeSummary> Modes(IReadOnlyList<ModeResult> rounds) =>
        rounds.GroupBy(r => r.Mode).Select(g =>
        {
            var rs = g.ToArray();
            var ops = rs.SelectMany(r => r.Ops).GroupBy(o => o.Op)
                .Select(o => new OpStats(o.Key, o.First().N, Median(o.Select(x => x.P50Ms)), Median(o.Select(x => x.P99Ms)), o.Max(x => x.MaxMs)))
                .ToArray();
            return new ModeSummary(g.Key, rs.Length, Median(rs.Select(r => r.InstancesPerSecond)), ops,
                MedianOrNull(rs.Select(r => r.AllocatedBytesPerInstance)), MedianOrNull(rs.Select(r => r.AllocatedBytesPerOperation)),
                MedianOrNull(rs.Select(r => r.CpuSecondsPer1000)), MedianOrNull(rs.Select(r => r.CommitsPer1000)),
                MedianOrNull(rs.Select(r => r.PeakWorkingSetMiB)), MedianOrNull(rs.Select(r => r.TasksPerSecond)),
                MedianOrNull(rs.Select(r => (double?)r.ConflictRetries)), MedianOrNull(rs.Select(r => (double?)r.RuntimeGaveUp)),
                rs.Any(r => r.Wall is null) ? null : new WallSplit(Median(rs.Select(r => r.Wall!.OnCpuPct)),
                    Median(rs.Select(r => r.Wall!.WaitingForCpuPct)), Median(rs.Select(r => r.Wall!.BlockedPct))));
        }).ToArray();

    // Pairs rounds by number so each ratio compares runs taken moments apart.
    public static Ratio? RatioOf(IReadOnlyList<ModeResult> rounds, string ours, string peer)
    {
        var perRound = rounds.Where(r => r.Mode == ours)
            .Join(rounds.Where(r => r.Mode == peer), o => o.Round, p => p.Round, (o, p) => Math.Round(o.InstancesPerSecond / p.InstancesPerSecond, 2))
            .ToArray();
        return perRound.Length == 0 ? null : new Ratio($"{ours} / {peer}", ours, peer, Median(perRound), perRound);
    }

    public static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        if (v.Length == 0) return double.NaN;
        return Math.Round(v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2, 3);
    }

    private static double? MedianOrNull(IEnumerable<double?> values)
    {
        var v = values.Where(x => x.HasValue).Select(x => x!.Value).ToArray();
        return v.Length == 0 ? null : Median(v);
    }
}
