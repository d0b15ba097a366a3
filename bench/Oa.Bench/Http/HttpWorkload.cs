using System.Diagnostics;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Bench.HostBench;
using Oa.Bench.Measure;
using Oa.Bench.Report;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Features.Setup;

namespace Oa.Bench.Http;

// HTTP: POST /api/tasks/{id}/approve through the real pipeline (Kestrel on loopback, bearer tokens from
// POST /api/auth/token, authorization, TaskActions, EngineHost, EF store on SQLite WAL/NORMAL), driven by wrk with
// --clients connections for --duration seconds. One real instance per demo user is started through the engine,
// then --tasks clones of it (instance row + task row, fresh ids) are bulk-inserted so the run never runs dry.
public static class HttpWorkload
{
    private static readonly MethodInfo Clone = typeof(object).GetMethod("MemberwiseClone", BindingFlags.NonPublic | BindingFlags.Instance)!;

    public static async Task<BenchReport> Run(Options o, string repoRoot, string commandLine)
    {
        var started = DateTimeOffset.UtcNow;
        var machine = MachineInfo.Capture(o.Note);
        var wrk = new[] { "/usr/bin/wrk", "/usr/local/bin/wrk" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("wrk not found: apt-get install -y wrk (Debian package).");
        await using var host = await HostHarness.CreateAsync(repoRoot, "sqlite", "NORMAL", demoData: true);
        await host.PublishAsync("http.bpmn", W1.ApprovalModel.Resource("http.bpmn"));
        var url = $"http://127.0.0.1:{o.Port}";
        await host.ServeAsync(url);
        var users = DemoOrganisation.People.Select(p => p.UserName).ToArray();
        var perUser = (o.HttpTasks + users.Length - 1) / users.Length;
        var lines = await SeedAsync(host, users, perUser);
        var tokens = await TokensAsync(url, users);
        var list = Path.Combine(Path.GetTempPath(), $"oa-bench-http-{Environment.ProcessId}.txt");
        await File.WriteAllLinesAsync(list, Enumerable.Range(0, perUser).SelectMany(k => users.Select(u => $"{tokens[u]} {lines[u][k]}")));
        var script = Path.Combine(AppContext.BaseDirectory, "Http", "approve.lua");
        var threads = Math.Min(Environment.ProcessorCount, o.Clients);
        var args = $"-t{threads} -c{o.Clients} -d{o.DurationSeconds}s --timeout 30s -s {script} {url} -- {list} {threads}";
        Console.Error.WriteLine($"  wrk {args}");

        var meter = new ResourceMeter();
        meter.Start();
        var output = await RunWrk(wrk, args);
        var usage = meter.Stop();
        File.Delete(list);
        var json = output.Split('\n').FirstOrDefault(l => l.StartsWith("WRKJSON ")) ?? throw new InvalidOperationException("wrk printed no summary:\n" + output);
        var w = JsonDocument.Parse(json["WRKJSON ".Length..]).RootElement;
        double D(string k) => w.GetProperty(k).GetDouble();
        var completed = await CompletedAsync(host);
        var result = new ModeResult
        {
            Mode = $"http-approve-{o.Clients}-clients", Round = 1, Instances = (int)D("ok"), WallSeconds = D("seconds"),
            InstancesPerSecond = Math.Round(D("ok") / D("seconds"), 1),
            Ops = [new OpStats("approve (wrk)", (int)D("requests"), D("p50ms"), D("p99ms"), D("maxms"))],
            CpuSecondsPer1000 = Math.Round(usage.CpuSeconds * 1000 / Math.Max(1, D("ok")), 3), PeakWorkingSetMiB = usage.PeakWorkingSetMiB,
            AllocatedBytesPerInstance = Math.Round((double)usage.AllocatedBytes / Math.Max(1, D("ok"))),
            Note = $"{D("requests")} requests: {D("ok")} 2xx, {D("conflict")} 409, {D("missing")} 404, {D("other")} other, {D("socketErrors")} socket errors, {D("timeouts")} timeouts; p90 {D("p90ms")} ms; instances completed in the database: {completed}",
        };
        machine.LoadAverageAtEnd = MachineInfo.LoadAverage();
        return new BenchReport
        {
            Workload = "http", StartedAtUtc = started, CommandLine = commandLine, Machine = machine,
            Config = new Dictionary<string, string>
            {
                ["database"] = await host.SqliteSettingsAsync(),
                ["server"] = $"the product's pipeline in the bench process (Kestrel, {url}), Quartz running; CPU/alloc/peak columns are that process",
                ["load"] = $"wrk {args.Replace(list, "<list>").Replace(script, "approve.lua")}",
                ["tasks"] = $"{perUser * users.Length:N0} open tasks, {perUser} per demo user ({users.Length} users), bearer token per user",
            },
            Rounds = [result], Summary = Summarise.Modes([result]),
            Notes = ["inst/s = successful approvals per second (each completes its instance); the instances completed in the database are ≥ the 2xx count (requests still in flight when wrk stops complete on the server too, ≤ one per connection)."],
        };
    }

    private static async Task<Dictionary<string, List<string>>> SeedAsync(HostHarness host, string[] users, int perUser)
    {
        var tasks = new Dictionary<string, List<string>>();
        foreach (var u in users)
        {
            var id = Guid.NewGuid().ToString("N");
            await host.Engine.StartAsync("benchhttp", id, u, null, new Dictionary<string, JsonElement> { ["approver"] = JsonSerializer.SerializeToElement(u) },
                new CommandAudit(u, null, null, Action: "start"));
            ProcessInstanceRecord instance;
            WorkTask task;
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
                instance = await db.ProcessInstances.AsNoTracking().SingleAsync(i => i.Id == id);
                task = await db.Tasks.AsNoTracking().SingleAsync(t => t.InstanceId == id);
            }
            var clones = Enumerable.Range(1, perUser - 1).Select(k => $"{k:00000000}{id[8..]}").ToList();
            string TaskId(string iid) => task.Id.Contains(id) ? task.Id.Replace(id, iid) : $"{task.Id}-{iid[..8]}";
            await BulkInsert.RunAsync(host, clones.Select(c => Copy(instance, x => { x.Id = c; x.SerialNo = null; x.StateJson = instance.StateJson.Replace(task.Id, TaskId(c)).Replace(id, c); })).ToList());
            await BulkInsert.RunAsync(host, clones.Select(c => Copy(task, x => { x.Id = TaskId(c); x.InstanceId = c; x.Candidates = []; })).ToList());
            tasks[u] = [task.Id, .. clones.Select(TaskId)];
        }
        return tasks;
    }

    private static async Task<Dictionary<string, string>> TokensAsync(string url, string[] users)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var tokens = new Dictionary<string, string>();
        foreach (var u in users)
        {
            var response = await http.PostAsJsonAsync("/api/auth/token", new { userName = u, password = DemoOrganisation.Password });
            response.EnsureSuccessStatusCode();
            tokens[u] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        }
        return tokens;
    }

    private static async Task<string> RunWrk(string wrk, string args)
    {
        var psi = new ProcessStartInfo(wrk, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        var text = await stdout + await stderr;
        Console.Error.WriteLine(text);
        return text;
    }

    private static async Task<int> CompletedAsync(HostHarness host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OaDbContext>().ProcessInstances.CountAsync(i => i.ProcessKey == "benchhttp" && i.Status == "completed");
    }

    private static T Copy<T>(T source, Action<T> change)
    {
        var copy = (T)Clone.Invoke(source, null)!;
        change(copy);
        return copy;
    }
}
