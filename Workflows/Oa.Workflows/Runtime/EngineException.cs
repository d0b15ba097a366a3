namespace Oa.Workflows.Runtime;

// Thrown by Executor.Run for a command that cannot apply; the input state is untouched.
public sealed class EngineException(EngineErrorCode code, string message) : Exception(message)
{
    public EngineErrorCode Code { get; } = code;
}
