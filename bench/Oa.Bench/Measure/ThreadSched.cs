namespace Oa.Bench.Measure;

// On a shared, overloaded machine wall time mixes three things: running, waiting for a CPU (run queue)
// and being blocked (fsync, locks). Linux reports the first two per thread in
// /proc/thread-self/schedstat (ns on CPU, ns runnable but waiting); the rest of the wall is blocked.
// Only meaningful for a mode whose work stays on the measuring thread (all of W1 and `profile`).
// Async modes (the EF store) may resume on another thread; the split is then meaningless and left out.
public readonly record struct ThreadSched(long OnCpuNs, long RunQueueNs, int ThreadId)
{
    public static ThreadSched? Now()
    {
        try
        {
            var parts = File.ReadAllText("/proc/thread-self/schedstat").Split(' ');
            return new ThreadSched(long.Parse(parts[0]), long.Parse(parts[1]), Environment.CurrentManagedThreadId);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException) { return null; }
    }
}

// Shares of the wall time, in percent.
public sealed record WallSplit(double OnCpuPct, double WaitingForCpuPct, double BlockedPct)
{
    public static WallSplit? Between(ThreadSched? start, ThreadSched? end, double wallSeconds)
    {
        if (start is not { } s || end is not { } e || wallSeconds <= 0 || s.ThreadId != e.ThreadId) return null;
        double Pct(long ns) => Math.Round(100 * ns / 1e9 / wallSeconds, 1);
        var cpu = Pct(e.OnCpuNs - s.OnCpuNs);
        var queue = Pct(e.RunQueueNs - s.RunQueueNs);
        return new WallSplit(cpu, queue, Math.Round(Math.Max(0, 100 - cpu - queue), 1));
    }
}
