using Oa.Workflows.Model;

namespace Oa.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    private readonly List<(ProcessDefinition Process, string StartEventId, DateTimeOffset DueAt, string? Cycle, int? RepeatsLeft)> startTimers = [];

    public IReadOnlyList<(string TimerId, string InstanceId, DateTimeOffset DueAt)> ScheduledTimers
    {
        get { lock (gate) return dueTimers.Select(t => (t.Key, t.Value.InstanceId, t.Value.DueAt)).ToArray(); }
    }

    private void ScheduleStartTimers(ProcessDefinition process)
    {
        startTimers.RemoveAll(t => t.Process.Key == process.Key);
        foreach (var s in StartTimers.Of(process, Now, evaluator))
            startTimers.Add((process, s.StartEventId, s.DueAt, s.Cycle, s.RepeatsLeft));
    }

    // The engine never sleeps: whoever owns the clock calls Tick, which fires everything due.
    public async Task<int> TickAsync()
    {
        var now = Now;
        List<Work> work = [];
        lock (gate)
        {
            foreach (var (timerId, (instanceId, dueAt)) in dueTimers.OrderBy(t => t.Value.DueAt))
                if (dueAt <= now) work.Add(new Work(instanceId, new FireTimer(timerId)));
            for (var i = 0; i < startTimers.Count; i++)
            {
                var t = startTimers[i];
                if (t.DueAt > now) continue;
                work.Add(new Work(Guid.NewGuid().ToString("N"), new StartInstance("", null, null, null, t.StartEventId), t.Process.Key));
                if (t.Cycle is not null && t.RepeatsLeft is not 0 && Iso8601.TryParseDuration(t.Cycle, out var every))
                    startTimers[i] = t with { DueAt = every.AddTo(t.DueAt), RepeatsLeft = t.RepeatsLeft - 1 };
                else startTimers.RemoveAt(i--);
            }
        }
        await RunEachAsync(work);
        return work.Count;
    }
}
