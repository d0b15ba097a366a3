
namespace Oa.Workflows.Runtime;

public sealed record MessageSubscriptionClosed(string InstanceId, string ElementId, string Name, string CorrelationKey) : EngineEffect;
