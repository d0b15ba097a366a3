
namespace Oa.Workflows.Runtime;

public sealed record CancelChildInstance(string ChildInstanceId, string CallActivityId) : EngineEffect;
