
namespace Oa.Workflows.Runtime;

public sealed record JobCancelled(string JobId, string ElementId) : EngineEffect;
