
namespace Oa.Workflows.Runtime;

public sealed record MessageSubscriptionOpened(string InstanceId, string ElementId, string Name, string CorrelationKey) : EngineEffect;
