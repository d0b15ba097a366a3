using System.Text.Json;
using Oa.Bench.Measure;

namespace Oa.Bench.Peer;

// Maps bench.mjs's JSON onto our ModeResult. The peer times only its N measured instances (after its
// own warm-up), like we do. Its CPU and peak RSS come from the preloaded usage.mjs and cover the whole
// process (module loading and warm-up included), so CPU/1000 is spread over warm-up + measured
// instances: module loading makes it an upper bound for the peer, marked approximate in the report.
internal static class PeerOutput
{
    private static readonly string[] OpNames = ["start", "completeA", "completeB"];

    public static ModeResult Parse(string mode, int round, int n, string stdout, string stderr)
    {
        using var doc = JsonDocument.Parse(stdout);
        var results = doc.RootElement.GetProperty("results").EnumerateArray().ToArray();
        var warmup = Math.Min(200, n);
        var (cpu, peakMiB) = Usage(stderr);
        var ops = new List<OpStats>();
        double perSecond, wall;
        string? note = null;
        if (mode == "inmem")
        {
            ops.Add(Op("instance", results[0]));
            perSecond = results[0].GetProperty("per_s").GetDouble();
            wall = results[0].GetProperty("wall_ms").GetDouble() / 1000;
        }
        else
        {
            for (var i = 0; i < 3; i++) ops.Add(Op(OpNames[i], results[i]));
            perSecond = results[3].GetProperty("per_s").GetDouble();
            wall = results[3].GetProperty("wall_ms").GetDouble() / 1000;
            note = $"avg snapshot {results[3].GetProperty("avg_snapshot_bytes").GetInt32()} B";
        }
        return new ModeResult
        {
            Mode = "peer-" + mode,
            Round = round,
            Instances = n,
            WallSeconds = wall,
            InstancesPerSecond = perSecond,
            Ops = ops,
            CpuSecondsPer1000 = cpu is { } c ? Math.Round(c * 1000 / (n + warmup), 3) : null,
            PeakWorkingSetMiB = peakMiB,
            Note = note,
        };
    }

    private static OpStats Op(string name, JsonElement e) => new(name, e.GetProperty("n").GetInt32(),
        e.GetProperty("p50_ms").GetDouble(), e.GetProperty("p99_ms").GetDouble(), e.GetProperty("max_ms").GetDouble());

    private static (double? CpuSeconds, double? PeakMiB) Usage(string stderr)
    {
        const string marker = "OA_BENCH_USAGE ";
        var line = stderr.Split('\n').FirstOrDefault(l => l.StartsWith(marker, StringComparison.Ordinal));
        if (line is null) return (null, null);
        using var u = JsonDocument.Parse(line[marker.Length..]);
        var r = u.RootElement;
        var cpu = (r.GetProperty("userMicros").GetDouble() + r.GetProperty("systemMicros").GetDouble()) / 1e6;
        return (cpu, Math.Round(r.GetProperty("maxRssKiB").GetDouble() / 1024, 1));
    }
}
