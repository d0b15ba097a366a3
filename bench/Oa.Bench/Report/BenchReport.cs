using Oa.Bench.Measure;

namespace Oa.Bench.Report;

// Everything one invocation produced; serialised as-is to bench/results/<stamp>-<workload>.json.
public sealed record BenchReport
{
    public required string Workload { get; init; }
    public required DateTimeOffset StartedAtUtc { get; init; }
    public required string CommandLine { get; init; }
    public string? EngineSource { get; init; }
    public required MachineInfo Machine { get; init; }
    public required IReadOnlyDictionary<string, string> Config { get; init; }
    public PeerInfo? Peer { get; init; }
    public required IReadOnlyList<ModeResult> Rounds { get; init; }
    public required IReadOnlyList<ModeSummary> Summary { get; init; }
    public IReadOnlyList<Ratio> Ratios { get; init; } = [];
    public IReadOnlyList<TargetCheck> Targets { get; init; } = [];
    public IReadOnlyList<string> Notes { get; init; } = [];
}

public sealed record PeerInfo(string Engine, string Version, string Node, string Directory);

// Medians over the measured rounds (warm-up excluded) of each figure of one mode.
public sealed record ModeSummary(string Mode, int Rounds, double InstancesPerSecond, IReadOnlyList<OpStats> Ops,
    double? AllocatedBytesPerInstance, double? AllocatedBytesPerOperation, double? CpuSecondsPer1000, double? CommitsPer1000,
    double? PeakWorkingSetMiB, double? TasksPerSecond, double? ConflictRetries, double? RuntimeGaveUp, WallSplit? Wall);

// ours/peer instances per second, per round (same round = same machine conditions) and their median.
public sealed record Ratio(string Name, string Ours, string Peer, double Median, IReadOnlyList<double> PerRound);

public sealed record TargetCheck(string Target, double Required, double Measured, bool Met);
