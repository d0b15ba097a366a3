using System.Text.Json;
using System.Text.Json.Nodes;

namespace Oa.Feel;

public static partial class FeelValues
{
    public static object? FromJson(JsonElement e)
    {
        if (e.ValueKind is JsonValueKind.Array or JsonValueKind.Object) System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return FromJsonElement(e);
    }

    private static object? FromJsonElement(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetDecimal(out var d) ? d : FromDouble(e.GetDouble()),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => e.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => e.EnumerateObject().Aggregate(new Dictionary<string, object?>(StringComparer.Ordinal), (acc, p) => { acc[p.Name] = FromJson(p.Value); return acc; }),
        _ => null,
    };

    private static object? FromJsonNode(JsonNode node) => node switch
    {
        JsonObject o => o.Aggregate(new Dictionary<string, object?>(StringComparer.Ordinal), (acc, p) => { acc[p.Key] = p.Value is null ? null : FromJsonNode(p.Value); return acc; }),
        JsonArray a => a.Select(x => x is null ? null : FromJsonNode(x)).ToList(),
        _ => FromJson(node.Deserialize<JsonElement>()),
    };

    // Temporal values become ISO-8601 strings; functions have no JSON form and become null.
    public static JsonNode? ToJson(object? feelValue)
    {
        if (feelValue is List<object?> or Dictionary<string, object?>) System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return ToJsonValue(feelValue);
    }

    private static JsonNode? ToJsonValue(object? feelValue) => feelValue switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        decimal d => JsonValue.Create(decimal.Parse(Temporal.FormatNumber(d), System.Globalization.CultureInfo.InvariantCulture)),
        string s => JsonValue.Create(s),
        List<object?> l => new JsonArray(l.Select(ToJson).ToArray()),
        Dictionary<string, object?> ctx => ToJsonObject(ctx),
        FeelFunction => null,
        FeelRange r => new JsonObject
        {
            ["start"] = ToJson(r.Start), ["end"] = ToJson(r.End),
            ["startIncluded"] = r.StartIncluded, ["endIncluded"] = r.EndIncluded,
        },
        _ => JsonValue.Create(Temporal.ToFeelString(feelValue)),
    };

    private static JsonObject ToJsonObject(Dictionary<string, object?> ctx)
    {
        var o = new JsonObject();
        foreach (var (k, v) in ctx) o[k] = ToJson(v);
        return o;
    }
}
