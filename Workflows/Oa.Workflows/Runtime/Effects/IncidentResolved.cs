
namespace Oa.Workflows.Runtime;

public sealed record IncidentResolved(string IncidentId, string ElementId) : EngineEffect;
