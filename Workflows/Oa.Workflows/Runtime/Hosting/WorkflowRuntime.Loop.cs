using Oa.Workflows.Model;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    // Every effect of every command, for tests and the benchmark. A long-running host turns it off: the host's
    // store already persists what matters, and an ever-growing list would be a memory leak.
    public bool RecordEffects { get; init; } = true;

    public List<EngineEffect> EffectLog { get; } = [];

    // The most recent follow-up commands that failed (e.g. a published message nobody waited for), bounded.
    public List<(string InstanceId, EngineCommand Command, EngineException Error)> FollowUpFailures { get; } = [];

    private const int MaxFollowUpFailures = 1000;

    private void RecordFailure(string instanceId, EngineCommand command, EngineException error)
    {
        lock (gate)
        {
            FollowUpFailures.Add((instanceId, command, error));
            if (FollowUpFailures.Count > MaxFollowUpFailures) FollowUpFailures.RemoveRange(0, FollowUpFailures.Count - MaxFollowUpFailures);
        }
    }

    // The command runs first; effects that concern other instances queue further work until none is left.
    private async Task<InstanceState> RunAsync(Work first)
    {
        var work = new Queue<Work>([first]);
        InstanceState? result = null;
        while (work.TryDequeue(out var item))
        {
            try
            {
                var (state, effects) = await StepAsync(item);
                result ??= state;
                foreach (var next in Route(state, effects)) work.Enqueue(next);
                foreach (var m in effects.OfType<MessagePublished>())
                    foreach (var next in await CorrelationWorkAsync(m.Name, m.CorrelationKey, m.Variables, null)) work.Enqueue(next);
            }
            catch (EngineException ex) when (result is not null)
            {
                RecordFailure(item.InstanceId, item.Command, ex);
            }
        }
        return result!;
    }

    // Background work (ticks, jobs, publications) must not stop at one instance that refuses
    // (e.g. suspended): the refusal is recorded and the next item runs.
    private async Task RunEachAsync(IEnumerable<Work> items)
    {
        foreach (var item in items)
        {
            try
            {
                await RunAsync(item);
            }
            catch (EngineException ex)
            {
                RecordFailure(item.InstanceId, item.Command, ex);
            }
        }
    }

    // Load → run → save with optimistic concurrency; a conflict is retried on fresh state.
    private async Task<(InstanceState, IReadOnlyList<EngineEffect>)> StepAsync(Work item)
    {
        for (var attempt = 1; ; attempt++)
        {
            var state = item.Command is StartInstance ? null : await Store.LoadAsync(item.InstanceId)
                ?? throw new EngineException(EngineErrorCode.InstanceNotRunning, $"Instance '{item.InstanceId}' does not exist.");
            var definition = DefinitionFor(item, state);
            var command = item.Command is StartInstance s ? s with { InstanceId = item.InstanceId } : item.Command;
            var (next, effects) = Executor.Run(definition, state, command, Context());
            try
            {
                await Store.SaveAsync(next, state?.Version ?? 0, effects);
                lock (gate)
                {
                    if (RecordEffects) EffectLog.AddRange(effects);
                    var settled = command switch { CompleteJob c => c.JobId, ThrowJobError t => t.JobId, FailJob f => f.JobId, _ => null };
                    if (settled is not null) openJobs.Remove(settled);
                    // A timer that fired leaves no effect of its own; it is due no more unless the state still holds it (a cycle).
                    if (command is FireTimer fired && !next.Timers.Any(t => t.TimerId == fired.TimerId)) dueTimers.Remove(fired.TimerId);
                }
                return (next, effects);
            }
            catch (ConcurrencyException) when (attempt < 3 && state is not null) { }
        }
    }

    private ProcessDefinition DefinitionFor(Work item, InstanceState? state)
    {
        lock (gate)
        {
            if (state is null)
                return latest.GetValueOrDefault(item.ProcessKey ?? "")
                    ?? throw new EngineException(EngineErrorCode.ElementNotFound, $"Process '{item.ProcessKey}' is not deployed.");
            return versions.GetValueOrDefault((state.DefinitionHash ?? "", state.ProcessKey)) ?? latest.GetValueOrDefault(state.ProcessKey)
                ?? throw new EngineException(EngineErrorCode.DefinitionMismatch, $"Process '{state.ProcessKey}' is not deployed.");
        }
    }
}
