namespace Oa.Workflows.Runtime;

public sealed record Incident(string IncidentId, string TokenId, string ElementId, string Kind, string Message, string? JobId, DateTimeOffset RaisedAt);
