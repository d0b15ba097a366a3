
namespace Oa.Workflows.Runtime;

// A job reports a business error: thrown as a BPMN error at the task (boundary error events catch it).
public sealed record ThrowJobError(string JobId, string ErrorCode, string? Message = null) : EngineCommand;
