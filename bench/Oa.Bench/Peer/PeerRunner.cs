using System.Diagnostics;
using System.Text.Json;
using Oa.Bench.Measure;

namespace Oa.Bench.Peer;

// Runs the peer (bpmn-engine on Node.js) as a child process from a copy of ../shared/bench/peer in
// bench/peer-cache/ (gitignored), installing its node_modules there on first use. The peer's own
// bench.mjs and approval.bpmn are used unchanged; usage.mjs is preloaded only to read CPU and peak RSS.
public sealed class PeerRunner
{
    private readonly string dir;
    private readonly string usageScript;
    private readonly TimeSpan timeout;

    private PeerRunner(string dir, string usageScript, TimeSpan timeout, string engineVersion, string nodeVersion)
    {
        this.dir = dir;
        this.usageScript = usageScript;
        this.timeout = timeout;
        EngineVersion = engineVersion;
        NodeVersion = nodeVersion;
    }

    public string EngineVersion { get; }
    public string NodeVersion { get; }
    public string Directory => dir;

    public static PeerRunner Prepare(string repoRoot, TimeSpan timeout)
    {
        var source = Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "bench", "peer"));
        if (!File.Exists(Path.Combine(source, "bench.mjs"))) throw new InvalidOperationException($"Peer not found at {source}.");
        var cache = Path.Combine(repoRoot, "bench", "peer-cache");
        System.IO.Directory.CreateDirectory(cache);
        // Refresh the copy each run so edits to the shared peer are picked up; node_modules stays.
        foreach (var f in System.IO.Directory.GetFiles(source)) File.Copy(f, Path.Combine(cache, Path.GetFileName(f)), overwrite: true);
        var enginePackage = Path.Combine(cache, "node_modules", "bpmn-engine", "package.json");
        if (!File.Exists(enginePackage))
        {
            Console.Error.WriteLine($"peer: npm install in {cache} …");
            var (code, _, err) = Exec("npm", ["install", "--no-audit", "--no-fund"], cache, TimeSpan.FromMinutes(5));
            if (code != 0) throw new InvalidOperationException($"npm install failed ({code}): {err}");
        }
        using var package = JsonDocument.Parse(File.ReadAllText(enginePackage));
        var version = package.RootElement.GetProperty("version").GetString() ?? "?";
        var node = Exec("node", ["--version"], cache, TimeSpan.FromSeconds(30)).StdOut.Trim();
        var usage = Path.Combine(AppContext.BaseDirectory, "Peer", "usage.mjs");
        return new PeerRunner(cache, usage, timeout, version, node);
    }

    // mode: "inmem" or "persist". The peer warms itself up on min(200, n) instances before timing.
    public ModeResult Run(string mode, int round, int n)
    {
        var (code, stdout, stderr) = Exec("node", ["--import", new Uri(usageScript).AbsoluteUri, "bench.mjs", mode, n.ToString()], dir, timeout);
        if (code != 0) throw new InvalidOperationException($"peer {mode} exited {code}: {stderr}");
        return PeerOutput.Parse(mode, round, n, stdout, stderr);
    }

    private static (int Code, string StdOut, string StdErr) Exec(string file, string[] args, string cwd, TimeSpan limit)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        // If the harness is stopped (SIGTERM, Ctrl-C) mid-run, take its child along rather than orphan it.
        EventHandler onExit = (_, _) => { try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } };
        ConsoleCancelEventHandler onCancel = (_, _) => onExit(null, EventArgs.Empty);
        AppDomain.CurrentDomain.ProcessExit += onExit;
        Console.CancelKeyPress += onCancel;
        try { return Wait(p, file, args, limit); }
        finally
        {
            AppDomain.CurrentDomain.ProcessExit -= onExit;
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static (int Code, string StdOut, string StdErr) Wait(Process p, string file, string[] args, TimeSpan limit)
    {
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(limit))
        {
            p.Kill(entireProcessTree: true); // only the child we started
            throw new TimeoutException($"{file} {string.Join(' ', args)} exceeded {limit.TotalSeconds:0}s; lower --instances.");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
