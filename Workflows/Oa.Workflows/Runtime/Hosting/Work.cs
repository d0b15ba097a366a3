namespace Oa.Workflows.Runtime;

// One command for one instance; ProcessKey only for starts.
internal sealed record Work(string InstanceId, EngineCommand Command, string? ProcessKey = null);
