
namespace Oa.Workflows.Runtime;

public sealed record FireTimer(string TimerId) : EngineCommand;
