using Oa.Bench;
using Oa.Bench.Report;
using Oa.Bench.W1;
using Oa.Bench.W2;

// Entry point: parse, run one workload, print the table, write the JSON (see bench/README.md).
Options options;
try { options = Options.Parse(args); }
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine("usage: Oa.Bench w1|w2|profile|w3|w4|w5|w6|http [--instances N] [--rounds R] [--workers W] [--sqlite-instances N] [--no-peer] [--no-sqlite-full] [--smoke] [--peer-timeout S] [--note TEXT] [--out DIR]");
    return 2;
}

var repoRoot = RepoRoot.Find();
var commandLine = "Oa.Bench " + string.Join(' ', args);
var report = options.Workload switch
{
    "w2" => await W2Workload.Run(options, commandLine),
    "profile" => await Profile.Run(options, commandLine),
    "w6" => await Oa.Bench.HostBench.W6Growth.Run(options, repoRoot, commandLine),
    "w5" => await Oa.Bench.HostBench.W5Timers.Run(options, repoRoot, commandLine),
    "w4" => await Oa.Bench.HostBench.W4Attendance.Run(options, repoRoot, commandLine),
    "http" => await Oa.Bench.Http.HttpWorkload.Run(options, repoRoot, commandLine),
    "w3" => await Oa.Bench.HostBench.W3Inbox.Run(options, repoRoot, commandLine),
    _ => await W1Workload.Run(options, repoRoot, commandLine),
};
report = report with { EngineSource = Oa.Bench.Measure.SourceInfo.Describe(repoRoot) };
Table.Print(report, Console.Out);
if (!options.Smoke || options.OutDir is not null)
{
    var path = ResultFile.Write(report, options.OutDir ?? Path.Combine(repoRoot, "bench", "results"));
    Console.WriteLine($"\nwritten {Path.GetRelativePath(Environment.CurrentDirectory, path)}");
}
return 0;
