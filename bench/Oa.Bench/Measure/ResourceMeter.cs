using System.Diagnostics;

namespace Oa.Bench.Measure;

// Brackets one measured phase: wall time, CPU time of the whole process (JIT, GC and SQLite threads
// included, which is the honest cost), bytes allocated on all threads, GC counts and peak RSS.
public sealed class ResourceMeter
{
    private readonly Process self = Process.GetCurrentProcess();
    private long startTimestamp;
    private TimeSpan startCpu;
    private long startAllocated;
    private int gen0, gen1, gen2;
    private ThreadSched? startSched;

    public void Start()
    {
        PeakRss.Reset();
        self.Refresh();
        startCpu = self.TotalProcessorTime;
        startAllocated = GC.GetTotalAllocatedBytes(precise: true);
        (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        startSched = ThreadSched.Now();
        startTimestamp = Stopwatch.GetTimestamp();
    }

    public ResourceUsage Stop()
    {
        var wall = Stopwatch.GetElapsedTime(startTimestamp);
        var split = WallSplit.Between(startSched, ThreadSched.Now(), wall.TotalSeconds);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - startAllocated;
        self.Refresh();
        return new ResourceUsage(
            wall.TotalSeconds,
            (self.TotalProcessorTime - startCpu).TotalSeconds,
            allocated,
            GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2,
            PeakRss.MiB(self),
            split);
    }
}

public sealed record ResourceUsage(double WallSeconds, double CpuSeconds, long AllocatedBytes, int Gen0, int Gen1, int Gen2, double PeakWorkingSetMiB,
    WallSplit? MeasuringThread);
