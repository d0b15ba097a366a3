using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Oa.Bench.Measure;
using Oa.Bench.Store;
using Oa.Bench.W1;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;

namespace Oa.Bench.W2;

// One W2 round: N instances of the five-step chain through WorkflowRuntime, driven by `workers`
// threads pulling from one FIFO queue. A completed command enqueues the tasks it opened, so the three
// countersign tasks of an instance sit next to each other and are taken by different threads at
// nearly the same moment — the concurrent clicks that make saves conflict and the runtime retry.
// A fresh runtime per round keeps its EffectLog (never trimmed) from growing across rounds.
public static class ChainRun
{
    private const int TasksPerInstance = 7;
    private const string StartItem = "";
    private static readonly IReadOnlyDictionary<string, JsonElement> Variables =
        new Dictionary<string, JsonElement> { ["approvers"] = JsonSerializer.SerializeToElement(new[] { "li", "wang", "zhao" }) };

    public static ModeResult Run(string mode, int round, int n, int workers, IInstanceStore inner, Func<long>? commits = null)
    {
        var store = new CountingStore(inner);
        var runtime = new WorkflowRuntime(store);
        var deployed = runtime.Deploy(ApprovalModel.Resource("chain.bpmn"), "chain.bpmn");
        if (!deployed.IsValid) throw new InvalidOperationException(string.Join("\n", deployed.Problems));

        var queue = new BlockingCollection<string>();
        for (var i = 0; i < n; i++) queue.Add(StartItem);
        var countersigns = new ConcurrentDictionary<string, bool>(); // task id → is a countersign task
        var start = new Latencies("start", n);
        var task = new Latencies("task", 4 * n);
        var sign = new Latencies("countersign", 3 * n);
        long completed = 0, gaveUp = 0;
        Exception? failure = null;
        var commitsBefore = commits?.Invoke() ?? 0;

        void Work()
        {
            try
            {
                foreach (var item in queue.GetConsumingEnumerable())
                {
                    var t0 = Stopwatch.GetTimestamp();
                    InstanceState state;
                    try
                    {
                        state = item == StartItem
                            ? runtime.StartAsync("chain", initiator: "emp", variables: Variables).GetAwaiter().GetResult()
                            : runtime.CompleteTaskAsync(item, "u").GetAwaiter().GetResult();
                    }
                    catch (ConcurrencyException)
                    {
                        // The runtime retries a conflict twice, then gives up; the inbox would let the user retry.
                        Interlocked.Increment(ref gaveUp);
                        queue.Add(item);
                        continue;
                    }
                    var t1 = Stopwatch.GetTimestamp();
                    (item == StartItem ? start : countersigns[item] ? sign : task).AddConcurrent(t0, t1);
                    foreach (var open in state.Tasks)
                        if (countersigns.TryAdd(open.TaskId, open.ElementId == "countersign")) queue.Add(open.TaskId);
                    if (state.Status == InstanceStatus.Completed && Interlocked.Increment(ref completed) == n) queue.CompleteAdding();
                }
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref failure, ex, null);
                queue.CompleteAdding();
            }
        }

        var meter = new ResourceMeter();
        meter.Start();
        var threads = Enumerable.Range(0, workers).Select(i => new Thread(Work) { Name = $"w2-{i}", IsBackground = true }).ToArray();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        var usage = meter.Stop();
        if (failure is not null) throw new InvalidOperationException($"W2 {mode} failed", failure);
        // Every instance must have saved exactly once per command: start + 7 completions.
        if (completed != n || store.Saves != n * (TasksPerInstance + 1))
            throw new InvalidOperationException($"W2 {mode}: {completed}/{n} completed, {store.Saves} saves (expected {n * (TasksPerInstance + 1)}).");

        var result = ModeResult.From(mode, round, n, TasksPerInstance + 1, usage, [start, task, sign], commits is null ? null : commits() - commitsBefore,
            $"{workers} worker threads; EffectLog {runtime.EffectLog.Count} effects");
        return result with
        {
            TasksPerSecond = Math.Round(n * TasksPerInstance / usage.WallSeconds, 1),
            ConflictRetries = store.Conflicts,
            RuntimeGaveUp = gaveUp,
            Wall = null, // the measuring thread only waits for the workers here
        };
    }
}
