namespace Oa.Workflows.Ports;

public sealed record ExpressionCompilation(CompiledExpression? Expression, string? Error, int Position = 0)
{
    public bool Success => Expression is not null && Error is null;
}
