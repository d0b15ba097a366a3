using System.Diagnostics;
using Oa.Bench.Measure;

namespace Oa.Bench.W1;

// Like the peer's `inmem`: one instance at a time, start → A → B, the state object handed from one
// command to the next without serialisation. Measured at the Executor level: WorkflowRuntime would
// add its ever-growing EffectLog (see the `ours-runtime` mode for what that costs).
public static class OursInMem
{
    public static ModeResult Run(int round, int n)
    {
        var start = new Latencies("start", n);
        var a = new Latencies("completeA", n);
        var b = new Latencies("completeB", n);
        var whole = new Latencies("instance", n);
        var meter = new ResourceMeter();
        meter.Start();
        for (var i = 0; i < n; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var s = ApprovalModel.Start(Guid.NewGuid().ToString("N"), i).State;
            var t1 = Stopwatch.GetTimestamp();
            s = ApprovalModel.CompleteA(s).State;
            var t2 = Stopwatch.GetTimestamp();
            s = ApprovalModel.CompleteB(s).State;
            var t3 = Stopwatch.GetTimestamp();
            ApprovalModel.AssertCompleted(s);
            start.Add(t0, t1);
            a.Add(t1, t2);
            b.Add(t2, t3);
            whole.Add(t0, t3);
        }
        return ModeResult.From("ours-inmem", round, n, 3, meter.Stop(), [start, a, b, whole]);
    }
}
