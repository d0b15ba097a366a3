namespace Oa.Feel;

public readonly record struct FeelResult(object? Value, string? Error)
{
    public bool IsError => Error is not null;

    public static FeelResult Ok(object? value) => new(value, null);
    public static FeelResult Fail(string error) => new(null, error);
}
