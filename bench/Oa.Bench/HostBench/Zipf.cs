namespace Oa.Bench.HostBench;

// Zipf(s) over ranks 1..n from a seeded generator: a few users and groups hold most of the open tasks, as in a
// real organisation (the boss, the finance group), the long tail hold a handful each.
public sealed class Zipf
{
    private readonly double[] _cdf;
    private readonly Random _random;

    public Zipf(int n, double s, Random random)
    {
        _random = random;
        _cdf = new double[n];
        var sum = 0.0;
        for (var k = 1; k <= n; k++) _cdf[k - 1] = sum += 1 / Math.Pow(k, s);
        for (var k = 0; k < n; k++) _cdf[k] /= sum;
    }

    /// <summary>A rank 0..n-1 (0 = the most frequent).</summary>
    public int Next()
    {
        var i = Array.BinarySearch(_cdf, _random.NextDouble());
        return Math.Min(i < 0 ? ~i : i, _cdf.Length - 1);
    }

    /// <summary>Expected share of rank k (0-based).</summary>
    public double Share(int k) => k == 0 ? _cdf[0] : _cdf[k] - _cdf[k - 1];
}
