namespace Oa.Bench.Measure;

// Stopwatch breakdown of one stored operation (the `profile` workload): where an operation's time goes
// between reading the row, JSON → state, the Executor, state → JSON and writing + committing the row.
// dotnet-trace/dotnet-counters are not installed here, and a breakdown is what the target needs.
public sealed class PhaseTimes(int capacity)
{
    public static readonly string[] Order = ["read", "deserialize", "execute", "serialize", "write+commit"];

    public Dictionary<string, Latencies> Phases { get; } = Order.ToDictionary(p => p, p => new Latencies(p, capacity));

    public void Add(string phase, long start, long end) => Phases[phase].Add(start, end);
}
