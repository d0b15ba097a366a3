using System.Runtime;
using System.Runtime.InteropServices;

namespace Oa.Bench.Measure;

// What a figure is worth depends on where it was taken: recorded in every result file.
public sealed record MachineInfo
{
    public required int LogicalCores { get; init; }
    public required double MemoryGiB { get; init; }
    public required string Os { get; init; }
    public required string Cpu { get; init; }
    public required string LoadAverageAtStart { get; init; }
    public string? LoadAverageAtEnd { get; set; }
    public required string DotNet { get; init; }
    public required bool ServerGc { get; init; }
    public required bool ConcurrentGc { get; init; }
    public required string GcLatencyMode { get; init; }
    public required string TieredPgo { get; init; }
    public string? Note { get; init; }

    public static MachineInfo Capture(string? note) => new()
    {
        LogicalCores = Environment.ProcessorCount,
        MemoryGiB = Math.Round(MemTotalKiB() / 1048576.0, 1),
        Os = $"{OsRelease()}, kernel {Read("/proc/sys/kernel/osrelease")?.Trim() ?? RuntimeInformation.OSDescription}",
        Cpu = CpuModel(),
        LoadAverageAtStart = LoadAverage(),
        DotNet = RuntimeInformation.FrameworkDescription,
        ServerGc = GCSettings.IsServerGC,
        ConcurrentGc = AppContext.GetData("System.GC.Concurrent") is not false,
        GcLatencyMode = GCSettings.LatencyMode.ToString(),
        TieredPgo = AppContext.GetData("System.Runtime.TieredPGO")?.ToString() ?? "default (on)",
        Note = note,
    };

    public static string LoadAverage() => Read("/proc/loadavg") is { } s ? string.Join(' ', s.Split(' ').Take(3)) : "n/a";

    private static long MemTotalKiB() =>
        Read("/proc/meminfo")?.Split('\n').FirstOrDefault(l => l.StartsWith("MemTotal:"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] is { } kb
            ? long.Parse(kb) : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024;

    private static string CpuModel() =>
        Read("/proc/cpuinfo")?.Split('\n').FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static string OsRelease() =>
        Read("/etc/os-release")?.Split('\n').FirstOrDefault(l => l.StartsWith("PRETTY_NAME="))?.Split('=', 2)[1].Trim('"') ?? RuntimeInformation.OSDescription;

    private static string? Read(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
