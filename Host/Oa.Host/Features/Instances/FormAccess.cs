using System.Text.Json;
using System.Text.Json.Nodes;
using Oa.Forms.Permissions;

namespace Oa.Host.Features.Instances;

/// <summary>Reads a task's field permissions (written by the approval policy) and converts between engine variables and form data.</summary>
public static class FormAccess
{
    public const string FieldPermissionsKey = "oa.fieldPermissions";

    public static FieldPermissions ForTask(string? extensionsJson)
    {
        var fields = new Dictionary<string, FieldAccess>(StringComparer.Ordinal);
        var extensions = Extensions(extensionsJson);
        if (extensions.TryGetValue(FieldPermissionsKey, out var raw) && JsonNode.Parse(raw) is JsonObject map)
            foreach (var (field, access) in map)
                if (Enum.TryParse<FieldAccess>(access?.GetValue<string>(), ignoreCase: true, out var a)) fields[field] = a;
        return FieldPermissions.ForNode(false, fields);
    }

    public static Dictionary<string, string> Extensions(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    public static JsonObject ToFormData(IReadOnlyDictionary<string, JsonElement> variables)
    {
        var data = new JsonObject();
        foreach (var (k, v) in variables) data[k] = JsonNode.Parse(v.GetRawText());
        return data;
    }

    public static Dictionary<string, JsonElement> ToVariables(JsonObject data) =>
        data.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value), StringComparer.Ordinal);
}
