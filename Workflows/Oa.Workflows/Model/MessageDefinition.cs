namespace Oa.Workflows.Model;

// Name comes from bpmn:message@name; CorrelationKey from its zeebe:subscription (null = match by name only).
public sealed record MessageDefinition(string MessageId, Expression Name, Expression? CorrelationKey);
