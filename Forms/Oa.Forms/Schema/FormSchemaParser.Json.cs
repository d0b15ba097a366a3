using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Oa.Forms.Schema;

public static partial class FormSchemaParser
{
    private static string? Str(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static bool Bool(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.True;

    private static decimal? Dec(JsonNode? node)
    {
        if (node is not JsonValue v) return null;
        if (v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<decimal>(out var d)) return d;
        // form-js properties panels sometimes store numbers as strings ("increment": "0.01")
        if (v.GetValueKind() == JsonValueKind.String &&
            decimal.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out d)) return d;
        return null;
    }

    private static int? Int(JsonNode? node)
    {
        var d = Dec(node);
        return d is { } x && x == decimal.Truncate(x) && x is >= int.MinValue and <= int.MaxValue ? (int)x : null;
    }

    private static long? Long(JsonNode? node)
    {
        var d = Dec(node);
        return d is { } x && x == decimal.Truncate(x) && x is >= long.MinValue and <= long.MaxValue ? (long)x : null;
    }
}
