namespace Oa.Forms.Schema;

// form-js `validate`; Pattern is unanchored, as `new RegExp(pattern).test(value)` in the browser.
public sealed record ValidationRules
{
    public static readonly ValidationRules None = new();

    public bool Required { get; init; }
    public FormLimit? MinLength { get; init; }
    public FormLimit? MaxLength { get; init; }
    public FormLimit? Min { get; init; }
    public FormLimit? Max { get; init; }
    public string? Pattern { get; init; }
    public string? PatternErrorMessage { get; init; }
    public ValidationType ValidationType { get; init; }
}
