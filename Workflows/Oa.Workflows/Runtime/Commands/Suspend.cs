
namespace Oa.Workflows.Runtime;

public sealed record Suspend(string? User = null) : EngineCommand;
