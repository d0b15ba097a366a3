using Oa.Workflows.Model;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    public List<EngineEffect> EffectLog { get; } = [];

    // Follow-up commands that failed (e.g. a published message nobody waited for).
    public List<(string InstanceId, EngineCommand Command, EngineException Error)> FollowUpFailures { get; } = [];

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
            }
            catch (EngineException ex) when (result is not null)
            {
                lock (gate) FollowUpFailures.Add((item.InstanceId, item.Command, ex));
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
                lock (gate) FollowUpFailures.Add((item.InstanceId, item.Command, ex));
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
                    EffectLog.AddRange(effects);
                    var settled = command switch { CompleteJob c => c.JobId, ThrowJobError t => t.JobId, FailJob f => f.JobId, _ => null };
                    if (settled is not null) openJobs.Remove(settled);
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
