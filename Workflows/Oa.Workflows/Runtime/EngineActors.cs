namespace Oa.Workflows.Runtime;

// The actor the engine names when nobody acted: a task completed by its timeout policy.
public static class EngineActors
{
    public const string System = "system";
}
