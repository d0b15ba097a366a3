
namespace Oa.Workflows.Runtime;

public sealed record Resume(string? User = null) : EngineCommand;
