
namespace Oa.Workflows.Runtime;

public abstract record EngineCommand;
