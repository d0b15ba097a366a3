using System.Diagnostics;
using Oa.Bench.Measure;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;

namespace Oa.Bench.W1;

// Like the peer's `persist`: three separate operations per instance, run phase by phase (all starts,
// then all A, then all B) exactly as bench.mjs does. Each operation loads the state through the store
// (JSON → InstanceState), runs the Executor and saves (InstanceState → JSON) with the optimistic
// version check. Used for `ours-persist` (InMemoryInstanceStore: text kept in a dictionary, like the
// peer's Map) and `ours-sqlite-*` (raw-sqlite store, one autocommit per operation).
// Unlike the peer, the final state is saved too (a real store must record the completion).
public static class OursStored
{
    public static async Task<ModeResult> Run(string mode, int round, int n, IInstanceStore store, Func<long>? commits = null, PhaseTimes? probe = null)
    {
        var ids = new string[n];
        for (var i = 0; i < n; i++) ids[i] = Guid.NewGuid().ToString("N");
        var start = new Latencies("start", n);
        var a = new Latencies("completeA", n);
        var b = new Latencies("completeB", n);
        var commitsBefore = commits?.Invoke() ?? 0;
        var meter = new ResourceMeter();
        meter.Start();
        for (var i = 0; i < n; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var r = Timed(probe, () => ApprovalModel.Start(ids[i], i));
            await store.SaveAsync(r.State, 0, r.Effects);
            start.Add(t0, Stopwatch.GetTimestamp());
        }
        for (var i = 0; i < n; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var s = await Load(store, ids[i]);
            var r = Timed(probe, () => ApprovalModel.CompleteA(s));
            await store.SaveAsync(r.State, s.Version, r.Effects);
            a.Add(t0, Stopwatch.GetTimestamp());
        }
        for (var i = 0; i < n; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var s = await Load(store, ids[i]);
            var r = Timed(probe, () => ApprovalModel.CompleteB(s));
            await store.SaveAsync(r.State, s.Version, r.Effects);
            b.Add(t0, Stopwatch.GetTimestamp());
            ApprovalModel.AssertCompleted(r.State);
        }
        var usage = meter.Stop();
        long? committed = commits is null ? null : commits() - commitsBefore;
        return ModeResult.From(mode, round, n, 3, usage, [start, a, b], committed);
    }

    private static ExecutionResult Timed(PhaseTimes? probe, Func<ExecutionResult> run)
    {
        if (probe is null) return run();
        var t0 = Stopwatch.GetTimestamp();
        var result = run();
        probe.Add("execute", t0, Stopwatch.GetTimestamp());
        return result;
    }

    private static async Task<InstanceState> Load(IInstanceStore store, string id) =>
        await store.LoadAsync(id) ?? throw new InvalidOperationException($"Instance {id} vanished from the store.");
}
