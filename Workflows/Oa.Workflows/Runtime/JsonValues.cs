using System.Text.Json;

namespace Oa.Workflows.Runtime;

internal static class JsonValues
{
    public static readonly JsonElement Null = JsonSerializer.SerializeToElement<object?>(null);
    public static readonly JsonElement True = JsonSerializer.SerializeToElement(true);
    public static readonly JsonElement False = JsonSerializer.SerializeToElement(false);

    public static JsonElement Of(string? value) => value is null ? Null : JsonSerializer.SerializeToElement(value);

    public static JsonElement Of(int value) => JsonSerializer.SerializeToElement(value);

    public static JsonElement Array(IEnumerable<JsonElement> items) => JsonSerializer.SerializeToElement(items);

    // Strings as they are, numbers and booleans in their JSON spelling (correlation keys, ids).
    public static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
