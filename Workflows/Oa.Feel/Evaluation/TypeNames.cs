namespace Oa.Feel.Evaluation;

internal static class TypeNames
{
    public static string Of(object? v) => v switch
    {
        null => "null",
        decimal => "number",
        string => "string",
        bool => "boolean",
        DateOnly => "date",
        FeelTime => "time",
        DateTime or DateTimeOffset or ZonedDateTime => "date and time",
        TimeSpan => "days and time duration",
        YearsMonthsDuration => "years and months duration",
        List<object?> => "list",
        Dictionary<string, object?> => "context",
        FeelRange => "range",
        FeelFunction => "function",
        _ => v.GetType().Name,
    };
}

// A type named after `instance of`: `number`, `list<string>`, `context<a: number>` (members unchecked).
internal sealed record FeelType(string Name, FeelType? Element = null)
{
    public bool IsInstance(object? v)
    {
        if (Name == "Any") return v is not null;
        if (Name == "Null") return v is null;
        if (Name == "duration") return v is TimeSpan or YearsMonthsDuration;
        if (TypeNames.Of(v) != Name) return false;
        if (Element is not null && v is List<object?> list) return list.All(Element.IsInstance);
        return true;
    }
}
