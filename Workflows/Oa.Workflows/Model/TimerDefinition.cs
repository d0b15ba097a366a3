namespace Oa.Workflows.Model;

public enum TimerKind { Date, Duration, Cycle }

public sealed record TimerDefinition(TimerKind Kind, Expression Value);
