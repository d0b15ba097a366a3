
namespace Oa.Workflows.Runtime;

// Retries applies to job incidents; other incidents re-run their element.
public sealed record ResolveIncident(string IncidentId, int Retries = 1) : EngineCommand;
