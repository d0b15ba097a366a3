using System.Diagnostics;
using System.Text.Json;
using Oa.Bench.Measure;
using Oa.Bench.W1;
using Oa.Host.Engine;
using Oa.Workflows.Runtime;

namespace Oa.Bench.HostBench;

// W1 through the product: EngineHost (org/definition refresh, WorkflowRuntime, deputy routing) over the EF store
// (state row + task rows + history + notifications in one transaction per command). Same model, variables and
// phase-by-phase order as ours-persist and the peer's persist mode: all starts, then all taskA, then all taskB.
public static class OursEf
{
    private static readonly IReadOnlyDictionary<string, JsonElement> Approve =
        new Dictionary<string, JsonElement> { ["approved"] = JsonSerializer.SerializeToElement(true) };

    public static async Task PrepareAsync(HostHarness host) =>
        await host.PublishAsync("approval.bpmn", ApprovalModel.Resource("approval.bpmn"));

    public static async Task<ModeResult> Run(string mode, int round, int n, HostHarness host)
    {
        var engine = host.Engine;
        var ids = new string[n];
        var taskIds = new string[n];
        for (var i = 0; i < n; i++) ids[i] = Guid.NewGuid().ToString("N");
        var start = new Latencies("start", n);
        var a = new Latencies("completeA", n);
        var b = new Latencies("completeB", n);
        var commitsBefore = EfCounters.Instance.Commits;
        var commandsBefore = EfCounters.Instance.Commands;
        var sqlTimeBefore = EfCounters.Instance.CommandTime;
        var meter = new ResourceMeter();
        meter.Start();
        for (var i = 0; i < n; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var vars = new Dictionary<string, JsonElement> { ["approved"] = JsonSerializer.SerializeToElement(false), ["applicant"] = JsonSerializer.SerializeToElement("emp" + i) };
            var s = await engine.StartAsync("approval", ids[i], "emp" + i, null, vars, new CommandAudit("emp" + i, null, "127.0.0.1", Action: "start"));
            start.Add(t0, Stopwatch.GetTimestamp());
            taskIds[i] = OpenTask(s, "taskA");
        }
        for (var i = 0; i < n; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var s = await engine.ExecuteAsync(ids[i], new CompleteTask(taskIds[i], "mgr", Approve), new CommandAudit("mgr", "ok", "127.0.0.1", taskIds[i], "complete"));
            a.Add(t0, Stopwatch.GetTimestamp());
            taskIds[i] = OpenTask(s, "taskB");
        }
        for (var i = 0; i < n; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var s = await engine.ExecuteAsync(ids[i], new CompleteTask(taskIds[i], "hr"), new CommandAudit("hr", null, "127.0.0.1", taskIds[i], "complete"));
            b.Add(t0, Stopwatch.GetTimestamp());
            ApprovalModel.AssertCompleted(s);
        }
        var usage = meter.Stop();
        var commits = EfCounters.Instance.Commits - commitsBefore;
        var commands = EfCounters.Instance.Commands - commandsBefore;
        var sqlMs = (EfCounters.Instance.CommandTime - sqlTimeBefore).TotalMilliseconds;
        return ModeResult.From(mode, round, n, 3, usage, [start, a, b], commits,
            note: $"{commands * 1.0 / (3 * n):0.0} SQL commands per operation; {sqlMs / (3 * n):0.00} ms per operation inside SQL commands ({100 * sqlMs / 1000 / usage.WallSeconds:0}% of the wall)");
    }

    private static string OpenTask(InstanceState state, string elementId) =>
        state.Tasks.FirstOrDefault(t => t.ElementId == elementId)?.TaskId
        ?? throw new InvalidOperationException($"Instance {state.InstanceId} has no open task at {elementId} (status {state.Status}).");
}
