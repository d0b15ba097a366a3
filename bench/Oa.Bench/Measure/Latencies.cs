namespace Oa.Bench.Measure;

// Per-operation latency samples in milliseconds. Preallocated so recording allocates nothing inside
// the timed loop; percentiles use the same rule as the peer's bench.mjs (sorted[floor(p·n)]) so the
// two sides' p50/p99 mean the same thing.
public sealed class Latencies(string name, int capacity)
{
    private readonly double[] samples = new double[capacity];
    private int count;

    public string Name { get; } = name;

    public int Count => count;

    public void Add(long startTimestamp, long endTimestamp) =>
        samples[count++] = (endTimestamp - startTimestamp) * 1000.0 / System.Diagnostics.Stopwatch.Frequency;

    // Thread-safe variant for W2, where several workers record into one series.
    public void AddConcurrent(long startTimestamp, long endTimestamp)
    {
        var i = Interlocked.Increment(ref count) - 1;
        samples[i] = (endTimestamp - startTimestamp) * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
    }

    public double Sum() => samples.AsSpan(0, count).ToArray().Sum();

    public int CountAbove(double ms) => samples.AsSpan(0, count).ToArray().Count(x => x > ms);

    public double SumAbove(double ms) => samples.AsSpan(0, count).ToArray().Where(x => x > ms).Sum();

    public OpStats Stats()
    {
        if (count == 0) return new OpStats(Name, 0, 0, 0, 0);
        var sorted = samples.AsSpan(0, count).ToArray();
        Array.Sort(sorted);
        double At(double p) => sorted[Math.Min(count - 1, (int)Math.Floor(p / 100 * count))];
        return new OpStats(Name, count, Round3(At(50)), Round3(At(99)), Round3(sorted[^1]));
    }

    private static double Round3(double v) => Math.Round(v, 3);
}

public sealed record OpStats(string Op, int N, double P50Ms, double P99Ms, double MaxMs);
