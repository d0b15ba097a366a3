using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Bench.Measure;
using Oa.Bench.Report;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Jobs;

namespace Oa.Bench.HostBench;

// W5: N timers due at the same instant, fired by the product's TimerPoller (what FireDueTimersJob runs every
// Timers:PollSeconds, 5 s by default, up to 200 timers per sweep). One instance is started through the engine
// (start → timer on =dueAt → end, due an hour ahead); N clones of its instance and timer rows are bulk-inserted;
// then the host's clock jumps to the due time and sweeps run back to back until none is due. Lateness of a timer
// is its instance's EndedAt (written by the engine with the host clock) minus the due time.
public static class W5Timers
{
    public static async Task<BenchReport> Run(Options o, string repoRoot, string commandLine)
    {
        var started = DateTimeOffset.UtcNow;
        var machine = MachineInfo.Capture(o.Note);
        var clock = new ShiftClock();
        await using var host = await HostHarness.CreateAsync(repoRoot, "sqlite", "NORMAL", demoData: false, clock: clock);
        await host.PublishAsync("timer.bpmn", W1.ApprovalModel.Resource("timer.bpmn"));
        var due = DateTimeOffset.UtcNow.AddHours(1);
        var dueText = due.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz");
        var sampleId = Guid.NewGuid().ToString("N");
        await host.Engine.StartAsync("benchtimer", sampleId, "bench", null,
            new Dictionary<string, JsonElement> { ["dueAt"] = JsonSerializer.SerializeToElement(dueText) }, new CommandAudit("bench", null, null, Action: "start"));
        await SeedAsync(host, sampleId, o.Timers);

        var poller = host.Services.GetRequiredService<TimerPoller>();
        clock.Offset = due - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(1); // every timer is now due
        var dueFrom = clock.GetUtcNow();
        var sweeps = new List<(double Seconds, int Fired)>();
        var meter = new ResourceMeter();
        meter.Start();
        while (true)
        {
            var t0 = Stopwatch.GetTimestamp();
            var fired = await poller.FireDueAsync(CancellationToken.None);
            sweeps.Add((Stopwatch.GetElapsedTime(t0).TotalSeconds, fired));
            if (fired == 0) break;
            if (sweeps.Count % 10 == 0) Console.Error.WriteLine($"  {sweeps.Sum(s => s.Fired):N0} fired  load {MachineInfo.LoadAverage()}");
        }
        var usage = meter.Stop();
        var total = sweeps.Sum(s => s.Fired);
        var lateness = await LatenessAsync(host, due);
        var lat = new Latencies("lateness", lateness.Length);
        foreach (var ms in lateness) lat.Add(0, (long)(ms * Stopwatch.Frequency / 1000));
        var modelled = Modelled(sweeps, o.PollSeconds);
        var result = new ModeResult
        {
            Mode = "timers-back-to-back-sweeps", Round = 1, Instances = total, WallSeconds = Math.Round(usage.WallSeconds, 3),
            InstancesPerSecond = Math.Round(total / usage.WallSeconds, 1), Ops = [lat.Stats()],
            AllocatedBytesPerInstance = Math.Round((double)usage.AllocatedBytes / Math.Max(1, total)), CpuSecondsPer1000 = Math.Round(usage.CpuSeconds * 1000 / Math.Max(1, total), 3),
            CommitsPer1000 = null, PeakWorkingSetMiB = usage.PeakWorkingSetMiB, Note = $"{sweeps.Count} sweeps",
        };
        machine.LoadAverageAtEnd = MachineInfo.LoadAverage();
        var config = new Dictionary<string, string>
        {
            ["database"] = await host.SqliteSettingsAsync(),
            ["timers"] = $"{o.Timers:N0} due at {dueText} (host clock jumped there), {total:N0} fired, {lateness.Length:N0} instances completed",
            ["sweeps"] = $"{sweeps.Count} × TimerPoller.FireDueAsync (≤ 200 each), median sweep {Median(sweeps.Select(s => s.Seconds)):0.00} s",
            ["fire loop"] = "back to back (the poller's capacity); the product's Quartz trigger runs one sweep per Timers:PollSeconds",
        };
        return new BenchReport
        {
            Workload = "w5", StartedAtUtc = started, CommandLine = commandLine, Machine = machine, Config = config,
            Rounds = [result], Summary = Summarise.Modes([result]),
            Notes =
            [
                $"Firing rate back to back: {total / usage.WallSeconds:0.0} timers/s; p99 lateness {lat.Stats().P99Ms / 1000:0.0} s, last timer {lateness.DefaultIfEmpty().Max() / 1000:0.0} s late.",
                $"Modelled under the product's trigger (one sweep of ≤ 200 every {o.PollSeconds} s, next sweep at once when one overruns): last timer ≈ {modelled:0} s late, i.e. ≤ {200.0 / o.PollSeconds:0} timers/s whatever the machine — the 200-per-sweep cap, not the engine, bounds a burst.",
            ],
        };
    }

    private static async Task SeedAsync(HostHarness host, string sampleId, int n)
    {
        ProcessInstanceRecord instance;
        TimerRecord timer;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
            instance = await db.ProcessInstances.AsNoTracking().SingleAsync(i => i.Id == sampleId);
            timer = await db.Timers.AsNoTracking().SingleAsync(t => t.InstanceId == sampleId);
        }
        for (var start = 1; start < n; start += 20_000)
        {
            var ids = Enumerable.Range(start, Math.Min(20_000, n - start)).Select(i => $"{i:00000000}" + sampleId[8..]).ToList();
            string TimerId(string id) => timer.Id.Contains(sampleId) ? timer.Id.Replace(sampleId, id) : timer.Id + "-" + id[..8];
            await BulkInsert.RunAsync(host, ids.Select(id => new ProcessInstanceRecord
            {
                Id = id, ProcessKey = instance.ProcessKey, DefinitionVersion = instance.DefinitionVersion, ProcessName = instance.ProcessName, Status = instance.Status,
                Title = instance.Title, Initiator = instance.Initiator, StartedAt = instance.StartedAt, Version = instance.Version,
                StateJson = instance.StateJson.Replace(timer.Id, TimerId(id)).Replace(sampleId, id),
            }).ToList());
            await BulkInsert.RunAsync(host, ids.Select(id => new TimerRecord { Id = TimerId(id), InstanceId = id, ElementId = timer.ElementId, DueAt = timer.DueAt, Cycle = timer.Cycle }).ToList());
        }
    }

    private static async Task<double[]> LatenessAsync(HostHarness host, DateTimeOffset due)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        var ended = await db.ProcessInstances.AsNoTracking().Where(i => i.ProcessKey == "benchtimer" && i.EndedAt != null).Select(i => i.EndedAt!.Value).ToListAsync();
        return ended.Select(e => (e - due).TotalMilliseconds).ToArray();
    }

    // Quartz fires at 0, P, 2P…; a sweep that overruns delays the next one, which then starts at once.
    private static double Modelled(List<(double Seconds, int Fired)> sweeps, int poll)
    {
        var end = 0.0;
        for (var k = 0; k < sweeps.Count; k++) end = Math.Max(end, k * poll) + sweeps[k].Seconds;
        return end;
    }

    private static double Median(IEnumerable<double> xs)
    {
        var a = xs.Order().ToArray();
        return a.Length == 0 ? 0 : a[a.Length / 2];
    }
}
