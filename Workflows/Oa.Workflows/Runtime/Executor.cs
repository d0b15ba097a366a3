using Oa.Workflows.Model;

namespace Oa.Workflows.Runtime;

// Pure: (definition, state, command) → (state', effects). No I/O, no clock, no randomness;
// a failing command throws EngineException and the caller keeps its old state.
public static class Executor
{
    public static ExecutionResult Run(ProcessDefinition definition, InstanceState? state, EngineCommand command, ExecutionContext context)
    {
        var run = new Execution(definition, state, context);
        try
        {
            run.Apply(command);
            run.RunToQuiescence();
        }
        catch (ElementFailure failure)
        {
            // Outside an element's own activation (e.g. an output mapping while completing a task)
            // there is no element to park an incident on: the command fails as a whole.
            throw new EngineException(EngineErrorCode.ExpressionFailed, failure.Message);
        }
        return new ExecutionResult(run.Build(), run.Effects);
    }
}
