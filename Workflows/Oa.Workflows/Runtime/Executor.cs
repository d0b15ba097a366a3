using Oa.Workflows.Model;

namespace Oa.Workflows.Runtime;

// Pure: (definition, state, command) → (state', effects). No I/O, no clock, no randomness;
// a failing command throws EngineException and the caller keeps its old state.
public static class Executor
{
    public static ExecutionResult Run(ProcessDefinition definition, InstanceState? state, EngineCommand command, ExecutionContext context)
    {
        var run = new Execution(definition, state, context);
        run.Apply(command);
        run.RunToQuiescence();
        return new ExecutionResult(run.Build(), run.Effects);
    }
}
