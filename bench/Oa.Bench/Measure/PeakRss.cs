using System.Diagnostics;

namespace Oa.Bench.Measure;

// Process.PeakWorkingSet64 is the lifetime high-water mark (VmHWM), which would smear one mode's
// peak over every later mode in the same process. Linux lets a process reset it by writing "5" to
// /proc/self/clear_refs, so each mode gets its own peak; elsewhere we fall back to the lifetime peak.
public static class PeakRss
{
    public static bool Resettable { get; private set; } = OperatingSystem.IsLinux();

    public static void Reset()
    {
        if (!Resettable) return;
        try { File.WriteAllText("/proc/self/clear_refs", "5"); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { Resettable = false; }
    }

    public static double MiB(Process self) => Math.Round(self.PeakWorkingSet64 / 1048576.0, 1);
}
