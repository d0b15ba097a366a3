using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Oa.Feel.Tests.Conformance;

// The tagged JSON form generate.mjs writes for feelin results, produced here for Oa.Feel values,
// and the comparison rule between the two.
internal static class TaggedJson
{
    public static JsonNode? Encode(object? v) => v switch
    {
        null => null,
        bool b => b,
        decimal d => d,
        string s => s,
        List<object?> l => new JsonArray(l.Select(Encode).ToArray()),
        Dictionary<string, object?> c => new JsonObject(c.Select(kv => KeyValuePair.Create(kv.Key, Encode(kv.Value)))),
        DateOnly d => new JsonObject { ["$date"] = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        FeelTime t => new JsonObject
        {
            ["$time"] = t.Time.ToString(t.Time.Millisecond != 0 ? "HH:mm:ss.fff" : "HH:mm:ss", CultureInfo.InvariantCulture),
            ["offset"] = t.Offset is { } o && o != TimeSpan.Zero ? Offset(o) : null,
        },
        DateTime dt => DateTimeNode(dt, null, null),
        DateTimeOffset o => DateTimeNode(o.DateTime, Offset(o.Offset), null),
        ZonedDateTime z => DateTimeNode(z.Value.DateTime, Offset(z.Value.Offset), z.Zone),
        TimeSpan t => new JsonObject { ["$dtDuration"] = (decimal)t.Ticks / TimeSpan.TicksPerSecond },
        YearsMonthsDuration y => new JsonObject { ["$ymDuration"] = y.TotalMonths },
        FeelRange r => new JsonObject
        {
            ["$range"] = new JsonObject
            {
                ["start"] = Encode(r.Start), ["end"] = Encode(r.End),
                ["startIncluded"] = r.StartIncluded, ["endIncluded"] = r.EndIncluded,
            },
        },
        FeelFunction => new JsonObject { ["$function"] = true },
        _ => new JsonObject { ["$unknown"] = v.ToString() },
    };

    private static string Offset(TimeSpan o) => (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);

    private static JsonObject DateTimeNode(DateTime local, string? offset, string? zone) => new()
    {
        ["$dateTime"] = local.ToString(local.Millisecond != 0 ? "yyyy-MM-dd'T'HH:mm:ss.fff" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        ["offset"] = offset,
        ["zone"] = zone,
    };

    // Decodes corpus inputs: plain JSON, plus {"$date": "..."} for dates.
    public static object? Decode(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty("$date", out var d) ? DateOnly.Parse(d.GetString()!, CultureInfo.InvariantCulture) : FeelValues.FromJson(e);

    // Deep equality; numbers are equal when their values are (feelin's doubles are compared at double precision).
    public static bool Same(JsonNode? expected, JsonNode? actual)
    {
        switch (expected, actual)
        {
            case (null, null): return true;
            case (null, _) or (_, null): return false;
            case (JsonArray a, JsonArray b): return a.Count == b.Count && a.Zip(b).All(p => Same(p.First, p.Second));
            case (JsonObject a, JsonObject b):
                return a.Count == b.Count && a.All(kv => b.TryGetPropertyValue(kv.Key, out var w) && Same(kv.Value, w));
            case (JsonValue a, JsonValue b):
                if (a.GetValueKind() == JsonValueKind.Number && b.GetValueKind() == JsonValueKind.Number)
                    return Number(a) == Number(b);
                return a.ToJsonString() == b.ToJsonString();
            default: return false;
        }
    }

    private static double Number(JsonValue v) => double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture);
}
