using System.Text.Json.Nodes;
using Oa.Forms.Schema;
using Oa.Forms.Validation;

namespace Oa.Forms.Permissions;

// Builds the data a submission may produce: editable fields from the client, everything else from
// the stored data. Changing a read-only field, or sending a hidden one at all (even a guess equal to
// the stored value, which would otherwise reveal it), is a `not_editable` error.
internal static class PermissionGate
{
    public static JsonObject Apply(FormSchema schema, JsonObject? existing, JsonObject submitted, AccessMap access, List<FieldError> errors)
    {
        var result = new JsonObject();
        Walk(schema.Components, existing, submitted, result, "", access, errors, fromDefaults: existing is null);
        return result;
    }

    private static void Walk(IReadOnlyList<FormComponent> components, JsonObject? existing, JsonObject? submitted,
        JsonObject result, string prefix, AccessMap access, List<FieldError> errors, bool fromDefaults)
    {
        foreach (var c in components)
        {
            if (c.Kind == ComponentKind.Group)
            {
                Walk(c.Components, existing, submitted, result, prefix, access, errors, fromDefaults);
                continue;
            }
            if (!c.HoldsValue && c.Kind != ComponentKind.DynamicList) continue;

            var path = DataPaths.Join(prefix, c.DataPath);
            var sent = DataPaths.TryGet(submitted, c.DataPath, out var sentValue);
            var stored = DataPaths.TryGet(existing, c.DataPath, out var storedValue);
            // Before anything is stored (the start node), a read-only field holds its default value.
            if (!stored && fromDefaults && c.DefaultValue is not null) (stored, storedValue) = (true, c.DefaultValue);

            // Computed on the server; whatever the client sent is ignored.
            if (c.Kind is ComponentKind.Expression or ComponentKind.OaSerial)
            {
                if (stored && c.Kind == ComponentKind.OaSerial) DataPaths.Set(result, c.DataPath, storedValue?.DeepClone());
                continue;
            }

            switch (access[c])
            {
                case FieldAccess.Hidden:
                    if (sent) errors.Add(Messages.NotEditable(path));
                    if (stored) DataPaths.Set(result, c.DataPath, storedValue?.DeepClone());
                    break;
                case FieldAccess.ReadOnly when c.Kind == ComponentKind.DynamicList && access.HasEditableDescendant(c):
                    DataPaths.Set(result, c.DataPath, FixedRows(c, storedValue as JsonArray, sent ? sentValue : null, path, access, errors));
                    break;
                case FieldAccess.ReadOnly:
                    if (sent && !DataPaths.SameValue(sentValue, View(c, storedValue, access)))
                        errors.Add(Messages.NotEditable(path));
                    if (stored) DataPaths.Set(result, c.DataPath, storedValue?.DeepClone());
                    break;
                case FieldAccess.Editable when c.Kind == ComponentKind.DynamicList:
                    if (sent) DataPaths.Set(result, c.DataPath, MergeRows(c, storedValue as JsonArray, sentValue, path, access, errors));
                    break;
                case FieldAccess.Editable:
                    if (sent) DataPaths.Set(result, c.DataPath, sentValue?.DeepClone());
                    break;
            }
        }
    }

    // Rows are matched by index: a read-only column must keep the stored cell of the same row,
    // and may not be filled in a new row.
    private static JsonNode? MergeRows(FormComponent list, JsonArray? storedRows, JsonNode? sent, string path, AccessMap access, List<FieldError> errors)
    {
        if (sent is not JsonArray rows) return sent?.DeepClone(); // wrong shapes are reported by validation
        var merged = new JsonArray();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not JsonObject row)
            {
                merged.Add(rows[i]?.DeepClone());
                continue;
            }
            var storedRow = storedRows is not null && i < storedRows.Count ? storedRows[i] as JsonObject : null;
            var outRow = new JsonObject();
            Walk(list.Components, storedRow, row, outRow, $"{path}[{i}]", access, errors, fromDefaults: storedRow is null);
            merged.Add(outRow);
        }
        return merged;
    }

    // Read-only list with editable columns: the stored rows stay (no rows added or removed),
    // their editable cells take the client's values.
    private static JsonArray? FixedRows(FormComponent list, JsonArray? storedRows, JsonNode? sent, string path, AccessMap access, List<FieldError> errors)
    {
        if (sent is not null && (sent is not JsonArray rows || rows.Count != (storedRows?.Count ?? 0)))
        {
            errors.Add(Messages.NotEditable(path));
            return storedRows?.DeepClone().AsArray();
        }
        if (storedRows is null || sent is null) return storedRows?.DeepClone().AsArray();
        var merged = new JsonArray();
        for (var i = 0; i < storedRows.Count; i++)
        {
            var storedRow = storedRows[i] as JsonObject;
            var outRow = new JsonObject();
            Walk(list.Components, storedRow, sent[i] as JsonObject ?? new JsonObject(), outRow, $"{path}[{i}]", access, errors, fromDefaults: false);
            merged.Add(outRow);
        }
        return merged;
    }

    // What the browser was given for a read-only value (a list loses its hidden columns).
    private static JsonNode? View(FormComponent c, JsonNode? stored, AccessMap access) =>
        c.Kind == ComponentKind.DynamicList ? ViewProjection.Rows(c, stored, access) : stored;
}
