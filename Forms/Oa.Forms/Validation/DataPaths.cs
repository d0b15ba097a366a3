using System.Text.Json.Nodes;

namespace Oa.Forms.Validation;

// Nested access into JSON data by key segments (`address.street` → ["address", "street"]).
public static class DataPaths
{
    public static bool TryGet(JsonObject? root, IReadOnlyList<string> path, out JsonNode? value)
    {
        value = null;
        JsonNode? node = root;
        for (var i = 0; i < path.Count; i++)
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(path[i], out var next)) return false;
            node = next;
        }
        value = node;
        return path.Count > 0;
    }

    public static JsonNode? Get(JsonObject? root, IReadOnlyList<string> path) =>
        TryGet(root, path, out var v) ? v : null;

    public static void Set(JsonObject root, IReadOnlyList<string> path, JsonNode? value)
    {
        var obj = root;
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (obj[path[i]] is not JsonObject child)
            {
                child = new JsonObject();
                obj[path[i]] = child;
            }
            obj = child;
        }
        obj[path[^1]] = value;
    }

    public static string Join(string prefix, IReadOnlyList<string> path) =>
        prefix.Length == 0 ? string.Join('.', path) : prefix + "." + string.Join('.', path);

    // Absent and null are the same value for "did the client change it".
    public static bool SameValue(JsonNode? a, JsonNode? b) =>
        (a is null && b is null) || JsonNode.DeepEquals(a, b);
}
