using System.Text.Json.Nodes;
using Oa.Forms.Schema;
using Oa.Forms.Validation;

namespace Oa.Forms.Permissions;

// Copies only the values a node may see: schema fields that are not hidden, nothing else.
internal static class ViewProjection
{
    public static JsonObject Data(IReadOnlyList<FormComponent> components, JsonObject? data, AccessMap access)
    {
        var result = new JsonObject();
        Copy(components, data, result, access);
        return result;
    }

    public static JsonNode? Rows(FormComponent list, JsonNode? stored, AccessMap access)
    {
        if (stored is not JsonArray rows) return stored?.DeepClone();
        var result = new JsonArray();
        foreach (var row in rows)
            result.Add(row is JsonObject r ? Data(list.Components, r, access) : row?.DeepClone());
        return result;
    }

    private static void Copy(IReadOnlyList<FormComponent> components, JsonObject? data, JsonObject result, AccessMap access)
    {
        foreach (var c in components)
        {
            if (access[c] == FieldAccess.Hidden) continue;
            if (c.Kind == ComponentKind.Group) Copy(c.Components, data, result, access);
            else if (c.Kind == ComponentKind.DynamicList)
            {
                if (DataPaths.TryGet(data, c.DataPath, out var rows)) DataPaths.Set(result, c.DataPath, Rows(c, rows, access));
            }
            else if (c.HoldsValue && DataPaths.TryGet(data, c.DataPath, out var value))
                DataPaths.Set(result, c.DataPath, value?.DeepClone());
        }
    }
}
