namespace Oa.Workflows.Runtime;

// On the initiator's resubmission task: which node returned the request and whether resubmission goes straight back there.
public sealed record ReturnedRequest(string FromElementId, bool BackToReturner);
