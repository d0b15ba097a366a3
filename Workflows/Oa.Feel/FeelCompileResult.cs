namespace Oa.Feel;

public sealed record FeelCompileResult(FeelExpression? Expression, string? Error, int Position)
{
    public bool Success => Expression is not null;
}
