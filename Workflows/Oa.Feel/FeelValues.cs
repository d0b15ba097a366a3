using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Oa.Feel;

// Conversion between .NET / JSON values and FEEL values (null, bool, decimal, string, List<object?>,
// Dictionary<string, object?>, DateOnly, FeelTime, DateTime (local), DateTimeOffset, ZonedDateTime,
// TimeSpan, YearsMonthsDuration, FeelRange, FeelFunction).
public static partial class FeelValues
{
    public static bool IsTruthy(object? v) => v is true;

    // Deeply nested input fails with InsufficientExecutionStackException instead of overflowing the stack.
    public static object? FromDotNet(object? value)
    {
        if (value is IEnumerable and not string) System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return Convert(value);
    }

    private static object? Convert(object? value) => value switch
    {
        null => null,
        string or bool or decimal or DateOnly or FeelTime or DateTimeOffset or ZonedDateTime or TimeSpan
            or YearsMonthsDuration or FeelRange or FeelFunction => value,
        int i => (decimal)i,
        long l => (decimal)l,
        short s => (decimal)s,
        byte b => (decimal)b,
        sbyte sb => (decimal)sb,
        ushort us => (decimal)us,
        uint ui => (decimal)ui,
        ulong ul => (decimal)ul,
        double d => FromDouble(d),
        // A float's own shortest text (0.1f is "0.1", not 0.10000000149011612).
        float f => decimal.TryParse(f.ToString("R", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var fd) ? fd : null,
        char ch => ch.ToString(),
        Guid g => g.ToString(),
        Enum e => e.ToString(),
        // A UTC DateTime is an instant; Local/Unspecified ones are local date-times.
        DateTime dt => dt.Kind == DateTimeKind.Utc ? new DateTimeOffset(dt) : (object)DateTime.SpecifyKind(dt, DateTimeKind.Unspecified),
        TimeOnly t => new FeelTime(t),
        JsonElement je => FromJson(je),
        JsonNode node => FromJsonNode(node),
        Dictionary<string, object?> ctx => FromDictionary(ctx),
        IDictionary<string, object?> dict => FromPairs(dict),
        IReadOnlyDictionary<string, object?> dict => FromPairs(dict),
        IDictionary dict => FromNonGeneric(dict),
        IEnumerable items => FromEnumerable(items),
        _ => FromJson(JsonSerializer.SerializeToElement(value, value.GetType())),
    };

    private static object? FromDouble(double d) => Numbers.FromDouble(d);

    // Already-FEEL contexts are reused when nothing inside needs converting.
    private static Dictionary<string, object?> FromDictionary(Dictionary<string, object?> ctx)
    {
        if (ctx.Comparer == StringComparer.Ordinal || ctx.Comparer == EqualityComparer<string>.Default)
        {
            var clean = true;
            foreach (var v in ctx.Values) if (!IsFeel(v)) { clean = false; break; }
            if (clean) return ctx;
        }
        return FromPairs(ctx);
    }

    private static Dictionary<string, object?> FromPairs(IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in pairs) result[k] = FromDotNet(v);
        return result;
    }

    private static Dictionary<string, object?> FromNonGeneric(IDictionary dict)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (DictionaryEntry e in dict) result[e.Key.ToString() ?? ""] = FromDotNet(e.Value);
        return result;
    }

    private static List<object?> FromEnumerable(IEnumerable items)
    {
        if (items is List<object?> list && list.TrueForAll(IsFeel)) return list;
        var result = new List<object?>();
        foreach (var item in items) result.Add(FromDotNet(item));
        return result;
    }

    private static bool IsFeel(object? v) => v is IEnumerable and not string && !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack() ? false : v switch
    {
        null or string or bool or decimal or DateOnly or FeelTime or DateTimeOffset or ZonedDateTime or TimeSpan
            or YearsMonthsDuration or FeelRange or FeelFunction => true,
        DateTime dt => dt.Kind == DateTimeKind.Unspecified,
        List<object?> l => l.TrueForAll(IsFeel),
        Dictionary<string, object?> d => d.Values.All(IsFeel),
        _ => false,
    };
}
