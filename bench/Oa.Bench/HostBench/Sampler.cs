using System.Diagnostics;
using Oa.Bench.Measure;

namespace Oa.Bench.HostBench;

// Times repeated calls of one operation into a ModeResult (ops/s in the inst/s column), with the process's CPU,
// allocations and peak RSS over the phase.
public static class Sampler
{
    // Stops early after maxSeconds so a pathological plan at 1 M rows cannot hold the box for an hour; the count done is reported.
    public static async Task<ModeResult> RunAsync(string mode, string op, int count, Func<int, Task> call, string? note = null, double maxSeconds = 90)
    {
        var lat = new Latencies(op, count);
        var meter = new ResourceMeter();
        meter.Start();
        var began = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            if (i >= 10 && Stopwatch.GetElapsedTime(began).TotalSeconds > maxSeconds) break;
            var t0 = Stopwatch.GetTimestamp();
            await call(i);
            lat.Add(t0, Stopwatch.GetTimestamp());
        }
        var u = meter.Stop();
        count = lat.Count;
        return new ModeResult
        {
            Mode = mode, Round = 1, Instances = count, WallSeconds = Math.Round(u.WallSeconds, 3),
            InstancesPerSecond = Math.Round(count / u.WallSeconds, 1), Ops = [lat.Stats()],
            AllocatedBytesPerInstance = Math.Round((double)u.AllocatedBytes / count), AllocatedBytesPerOperation = Math.Round((double)u.AllocatedBytes / count),
            CpuSecondsPer1000 = Math.Round(u.CpuSeconds * 1000 / count, 3), PeakWorkingSetMiB = u.PeakWorkingSetMiB,
            Gen0 = u.Gen0, Gen1 = u.Gen1, Gen2 = u.Gen2, Note = note,
        };
    }

    /// <summary>Medians of one-round results are the results themselves (these workloads run once).</summary>
    public static IReadOnlyList<Report.ModeSummary> Summaries(IReadOnlyList<ModeResult> results) => Report.Summarise.Modes(results);
}
