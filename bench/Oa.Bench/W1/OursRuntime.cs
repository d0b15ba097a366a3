using System.Diagnostics;
using System.Text.Json;
using Oa.Bench.Measure;
using Oa.Workflows.Runtime;

namespace Oa.Bench.W1;

// The same three operations through WorkflowRuntime + InMemoryInstanceStore, i.e. what the host's
// in-process path does (task index, effect routing, retry loop). One runtime lives for all rounds on
// purpose: its EffectLog is never trimmed, so growth across rounds shows up here as memory and
// allocation, not in the Executor-level modes.
public sealed class OursRuntime
{
    private readonly WorkflowRuntime runtime = new(new InMemoryInstanceStore());

    public OursRuntime() => runtime.Deploy(ApprovalModel.Resource("approval.bpmn"), "approval.bpmn");

    public int EffectLogLength => runtime.EffectLog.Count;

    public async Task<ModeResult> Run(int round, int n)
    {
        var start = new Latencies("start", n);
        var a = new Latencies("completeA", n);
        var b = new Latencies("completeB", n);
        var approve = new Dictionary<string, JsonElement> { ["approved"] = JsonSerializer.SerializeToElement(true) };
        var next = new string[n]; // the open task of each instance, taken from the state each call returns
        var meter = new ResourceMeter();
        meter.Start();
        for (var i = 0; i < n; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var vars = new Dictionary<string, JsonElement>
            {
                ["approved"] = JsonSerializer.SerializeToElement(false),
                ["applicant"] = JsonSerializer.SerializeToElement("emp" + i),
            };
            next[i] = OpenTask(await runtime.StartAsync("approval", initiator: "emp" + i, variables: vars), "taskA");
            start.Add(t0, Stopwatch.GetTimestamp());
        }
        for (var i = 0; i < n; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            next[i] = OpenTask(await runtime.CompleteTaskAsync(next[i], "mgr", approve), "taskB");
            a.Add(t0, Stopwatch.GetTimestamp());
        }
        for (var i = 0; i < n; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var s = await runtime.CompleteTaskAsync(next[i], "hr");
            b.Add(t0, Stopwatch.GetTimestamp());
            ApprovalModel.AssertCompleted(s);
        }
        return ModeResult.From("ours-runtime", round, n, 3, meter.Stop(), [start, a, b],
            note: $"EffectLog now holds {runtime.EffectLog.Count} effects");
    }

    private static string OpenTask(InstanceState state, string elementId)
    {
        foreach (var t in state.Tasks) if (t.ElementId == elementId) return t.TaskId;
        throw new InvalidOperationException($"No open {elementId} in {state.InstanceId}.");
    }
}
