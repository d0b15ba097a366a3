
namespace Oa.Workflows.Runtime;

public sealed record CancelInstance(string? Reason = null, string? User = null) : EngineCommand;
