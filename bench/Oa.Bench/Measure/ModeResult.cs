namespace Oa.Bench.Measure;

// One mode in one round. Nullable fields are the ones a mode cannot measure (e.g. the peer's
// per-instance allocations, or commits for a store that has none).
public sealed record ModeResult
{
    public required string Mode { get; init; }
    public required int Round { get; init; }
    public required int Instances { get; init; }
    public required double WallSeconds { get; init; }
    public required double InstancesPerSecond { get; init; }
    public IReadOnlyList<OpStats> Ops { get; init; } = [];
    public double? AllocatedBytesPerInstance { get; init; }
    public double? AllocatedBytesPerOperation { get; init; }
    public double? CpuSecondsPer1000 { get; init; }
    public double? CommitsPer1000 { get; init; }
    public double? PeakWorkingSetMiB { get; init; }
    public int? Gen0 { get; init; }
    public int? Gen1 { get; init; }
    public int? Gen2 { get; init; }
    public double? TasksPerSecond { get; init; }
    public long? ConflictRetries { get; init; }
    public long? RuntimeGaveUp { get; init; }
    public string? Note { get; init; }

    // How the measuring thread spent the wall time (single-threaded modes only; null for the peer and W2).
    public WallSplit? Wall { get; init; }

    public OpStats? Op(string name) => Ops.FirstOrDefault(o => o.Op == name);

    // Fills the fields every in-process mode shares from what the meter saw.
    public static ModeResult From(string mode, int round, int instances, int operationsPerInstance, ResourceUsage u, IEnumerable<Latencies> ops,
        long? commits = null, string? note = null) => new()
    {
        Mode = mode,
        Round = round,
        Instances = instances,
        WallSeconds = Math.Round(u.WallSeconds, 3),
        InstancesPerSecond = Math.Round(instances / u.WallSeconds, 1),
        Ops = ops.Select(o => o.Stats()).ToArray(),
        AllocatedBytesPerInstance = Math.Round((double)u.AllocatedBytes / instances),
        AllocatedBytesPerOperation = Math.Round((double)u.AllocatedBytes / (instances * operationsPerInstance)),
        CpuSecondsPer1000 = Math.Round(u.CpuSeconds * 1000 / instances, 3),
        CommitsPer1000 = commits is { } c ? Math.Round(c * 1000.0 / instances, 1) : null,
        PeakWorkingSetMiB = u.PeakWorkingSetMiB,
        Gen0 = u.Gen0,
        Gen1 = u.Gen1,
        Gen2 = u.Gen2,
        Note = note,
        Wall = u.MeasuringThread,
    };
}
