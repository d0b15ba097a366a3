
namespace Oa.Workflows.Runtime;

// Data is a small JSON object (variables changed, outcome, reason…) or null.
public sealed record HistoryEvent(string Type, string? ElementId, string? ElementName, string? User, DateTimeOffset Timestamp, string? Data = null) : EngineEffect;
