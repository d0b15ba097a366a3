namespace Oa.Forms.Validation;

// Path uses 0-based row indexes: `items[2].amount`.
public sealed record FieldError(string Path, string Code, string MessageZh, string MessageEn)
{
    public string Message(string? language = null) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? MessageEn : MessageZh;
}
