
namespace Oa.Workflows.Runtime;

public sealed record IncidentRaised(Incident Incident) : EngineEffect;
