using System.Diagnostics;

namespace Oa.Bench.Measure;

// Which engine code was measured: HEAD plus whether Workflows/ had uncommitted edits (the checkout is
// shared, so a run can include someone's work in progress).
public static class SourceInfo
{
    public static string Describe(string repoRoot)
    {
        var head = Git(repoRoot, "rev-parse --short HEAD")?.Trim() ?? "unknown";
        var dirty = Git(repoRoot, "status --porcelain -- Workflows")?.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
        return dirty == 0 ? head : $"{head} + {dirty} uncommitted change(s) under Workflows/";
    }

    private static string? Git(string cwd, string args)
    {
        try
        {
            var info = new ProcessStartInfo("git", args) { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(info);
            if (p is null) return null;
            var output = p.StandardOutput.ReadToEnd();
            return p.WaitForExit(10_000) && p.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception) { return null; } // git not installed
    }
}
