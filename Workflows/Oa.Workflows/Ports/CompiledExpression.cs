namespace Oa.Workflows.Ports;

// Handle is whatever the evaluator compiled the source into; only that evaluator reads it.
public sealed record CompiledExpression(string Source, object Handle);
