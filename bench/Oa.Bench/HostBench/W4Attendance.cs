using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Bench.Measure;
using Oa.Bench.Report;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Attendance.Close;
using Oa.Host.Identity;

namespace Oa.Bench.HostBench;

// W4: closing an attendance period for N employees × the period's working days of punches, through the product's
// PeriodCloser (evaluate every day, store day results / summaries / deductions, queue one 异常考勤审批 per employee
// with anomalies), then what StartExceptionApprovalsJob runs in the background (ExceptionApprovalQueue: start the
// queued approvals through the engine), timed separately. Employees and punches are bulk-inserted; the shipped
// Definitions/ are published so the exception approval exists. The second close of the same period recomputes and
// rewrites every result but queues no approval (already claimed and started).
public static class W4Attendance
{
    public static async Task<BenchReport> Run(Options o, string repoRoot, string commandLine)
    {
        var started = DateTimeOffset.UtcNow;
        var machine = MachineInfo.Capture(o.Note);
        await using var host = await HostHarness.CreateAsync(repoRoot, "sqlite", "NORMAL", demoData: true, importDefinitions: true);
        const string periodId = "2026-11";
        var (days, punches, anomalyDays) = await SeedAsync(host, o.Employees, o.AnomalyRate);
        var config = new Dictionary<string, string>
        {
            ["database"] = await host.SqliteSettingsAsync(),
            ["period"] = $"{periodId} ({days.First():yyyy-MM-dd}…{days.Last():yyyy-MM-dd}), {days.Count} weekdays punched",
            ["data"] = $"{o.Employees:N0} employees + the demo organisation, {punches:N0} punches, {anomalyDays:N0} employee-days late/missing/absent (rate {o.AnomalyRate:P1})",
        };
        var results = new List<ModeResult>();
        var notes = new List<string>();
        foreach (var mode in new[] { "close", "re-close" })
        {
            PeriodCloser.Closed? closed = null;
            results.Add(await MeasureAsync($"attendance-{mode}", host, async services =>
            {
                var outcome = await services.GetRequiredService<PeriodCloser>().CloseAsync(periodId, "admin", CancellationToken.None);
                closed = outcome as PeriodCloser.Closed ?? throw new InvalidOperationException($"close refused: {outcome}");
                return (closed.Employees, $"{closed.Employees} employees closed, {closed.WithAnomalies} with anomalies, {closed.ApprovalsQueued} approvals queued");
            }));
            // What the approvals job does right after the close (in the background: HR's close request does not wait for it).
            results.Add(await MeasureAsync($"approvals-job-after-{mode}", host, async services =>
            {
                var started = await services.GetRequiredService<ExceptionApprovalQueue>().StartPendingAsync(CancellationToken.None);
                return (Math.Max(1, started), $"{started} 异常考勤审批 started (batches of {ExceptionApprovalQueue.BatchSize})");
            }));
        }
        machine.LoadAverageAtEnd = MachineInfo.LoadAverage();
        var close = results[0];
        return new BenchReport
        {
            Workload = "w4", StartedAtUtc = started, CommandLine = commandLine, Machine = machine, Config = config,
            Rounds = results, Summary = Summarise.Modes(results),
            Targets = [new TargetCheck("W4 attendance close wall seconds ≤", 10, close.WallSeconds, close.WallSeconds <= 10)],
            Notes = [.. notes, "inst/s = employees closed per second (approvals started per second for the approvals-job rows); the op column is the whole call."],
        };
    }

    private static async Task<ModeResult> MeasureAsync(string mode, HostHarness host, Func<IServiceProvider, Task<(int Count, string Note)>> work)
    {
        W1.W1Workload.Settle();
        var lat = new Latencies(mode, 1);
        var meter = new ResourceMeter();
        meter.Start();
        var t0 = Stopwatch.GetTimestamp();
        (int Count, string Note) r;
        await using (var scope = host.Services.CreateAsyncScope())
            r = await work(scope.ServiceProvider);
        lat.Add(t0, Stopwatch.GetTimestamp());
        var u = meter.Stop();
        Console.Error.WriteLine($"  {mode}: {u.WallSeconds:0.0} s  load {MachineInfo.LoadAverage()}");
        return new ModeResult
        {
            Mode = mode, Round = 1, Instances = r.Count, WallSeconds = Math.Round(u.WallSeconds, 3),
            InstancesPerSecond = Math.Round(r.Count / u.WallSeconds, 1), Ops = [lat.Stats()],
            AllocatedBytesPerInstance = Math.Round((double)u.AllocatedBytes / r.Count), CpuSecondsPer1000 = Math.Round(u.CpuSeconds * 1000 / r.Count, 3),
            PeakWorkingSetMiB = u.PeakWorkingSetMiB, Gen0 = u.Gen0, Gen1 = u.Gen1, Gen2 = u.Gen2,
            Note = $"{r.Note}; wall {u.WallSeconds:0.0} s, CPU {u.CpuSeconds:0.0} s",
        };
    }

    private static async Task<(List<DateOnly> Days, long Punches, int AnomalyDays)> SeedAsync(HostHarness host, int employees, double anomalyRate)
    {
        string department;
        await using (var scope = host.Services.CreateAsyncScope())
            department = await scope.ServiceProvider.GetRequiredService<OaDbContext>().Departments.Select(d => d.Id).OrderBy(d => d).FirstAsync();
        var hasher = new PasswordHasher<AppUser>();
        var users = Enumerable.Range(1, employees).Select(i => new AppUser
        {
            Id = Guid.NewGuid().ToString(), UserName = $"att{i:00000}", NormalizedUserName = $"ATT{i:00000}", DisplayName = $"员工{i}",
            EmployeeNo = $"A{i:00000}", DepartmentId = department, DailyWage = 300, HireDate = new DateOnly(2024, 1, 1), Active = true,
            SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
        }).ToList();
        await BulkInsert.RunAsync(host, users);
        var days = Enumerable.Range(0, 31).Select(d => new DateOnly(2026, 10, 26).AddDays(d)).Where(d => d <= new DateOnly(2026, 11, 25))
            .Where(d => d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday).ToList();
        var random = new Random(4);
        var anomalies = 0;
        var now = DateTimeOffset.UtcNow;
        IEnumerable<PunchRecord> Punches()
        {
            foreach (var u in users)
                foreach (var d in days)
                {
                    var day = d.ToDateTime(TimeOnly.MinValue);
                    var roll = random.NextDouble();
                    var anomaly = roll < anomalyRate;
                    if (anomaly) anomalies++;
                    if (anomaly && roll < anomalyRate / 3) continue; // absent
                    var late = anomaly && roll < 2 * anomalyRate / 3;
                    yield return new PunchRecord { UserName = u.UserName!, At = day.AddHours(late ? 9 : 8).AddMinutes(late ? 10 + random.Next(40) : 30 + random.Next(29)), Source = "custom", ImportedAt = now };
                    if (!anomaly || late) // a missing afternoon punch is the third kind
                        yield return new PunchRecord { UserName = u.UserName!, At = day.AddHours(18).AddMinutes(random.Next(50)), Source = "custom", ImportedAt = now };
                }
        }
        var count = await BulkInsert.RunAsync(host, Punches());
        return (days, count, anomalies);
    }
}
