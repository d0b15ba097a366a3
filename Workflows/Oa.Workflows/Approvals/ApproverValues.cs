using System.Collections;
using System.Text.Json;

namespace Oa.Workflows.Approvals;

// Turns variable and FEEL values into user names (or department ids): a name, "a,b", a list,
// JSON, or a picker object such as {"userName": "zhangsan", "displayName": "张三"}.
internal static class ApproverValues
{
    static readonly string[] IdKeys = ["userName", "id", "value"];

    public static IEnumerable<string> Users(object? value) => value switch
    {
        null => [],
        string s => OaReader.List(s),
        JsonElement json => FromJson(json),
        IDictionary<string, object?> map => IdKeys.Select(k => map.TryGetValue(k, out var v) ? v : null).Where(v => v is not null).Take(1).SelectMany(Users),
        IReadOnlyDictionary<string, object?> map => IdKeys.Select(k => map.TryGetValue(k, out var v) ? v : null).Where(v => v is not null).Take(1).SelectMany(Users),
        IEnumerable items => items.Cast<object?>().SelectMany(Users),
        _ => OaReader.List(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };

    static IEnumerable<string> FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => OaReader.List(json.GetString()),
        JsonValueKind.Array => json.EnumerateArray().SelectMany(FromJson),
        JsonValueKind.Object => IdKeys.Select(k => json.TryGetProperty(k, out var v) ? v : default)
            .Where(v => v.ValueKind != JsonValueKind.Undefined).Take(1).SelectMany(FromJson),
        JsonValueKind.Number => [json.GetRawText()],
        _ => [],
    };

    public static object? Member(object? value, string name) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Object } json => json.TryGetProperty(name, out var v) ? v : null,
        IDictionary<string, object?> map => map.TryGetValue(name, out var v) ? v : null,
        IReadOnlyDictionary<string, object?> map => map.TryGetValue(name, out var v) ? v : null,
        _ => null,
    };
}
