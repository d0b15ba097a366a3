using System.Text.Json.Nodes;
using Oa.Forms.Schema;

namespace Oa.Forms.Permissions;

// What the browser may receive at a node: hidden components removed from the schema and their
// values from the data (they never leave the server); read-only ones marked readonly + disabled.
public static class FormView
{
    // `variables` supplies option lists: form-js reads `valuesKey` from the form's input data, so
    // the variables named by visible fields' valuesKey are added to the data (and nothing else).
    public static FormViewResult For(FormSchema schema, JsonObject? data, FieldPermissions? permissions, JsonObject? variables = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var access = new AccessMap(schema, permissions);
        var view = (JsonObject)schema.Raw.DeepClone();
        view["components"] = Components(schema.Components, access);
        var viewData = ViewProjection.Data(schema.Components, data, access);
        if (variables is not null)
        {
            // Process variables often mirror form data: never copy one named like a hidden field.
            var hiddenNames = schema.AllComponents().Where(c => access[c] == FieldAccess.Hidden && c.DataPath.Count > 0)
                .Select(c => c.DataPath[0]).ToHashSet(StringComparer.Ordinal);
            foreach (var c in schema.AllComponents())
                if (c.ValuesKey is { } key && access[c] != FieldAccess.Hidden && !viewData.ContainsKey(key)
                    && !hiddenNames.Contains(key) && variables.TryGetPropertyValue(key, out var options))
                    viewData[key] = options?.DeepClone();
        }
        return new FormViewResult(view, viewData);
    }

    private static JsonArray Components(IReadOnlyList<FormComponent> components, AccessMap access)
    {
        var array = new JsonArray();
        foreach (var c in components)
        {
            var a = access[c];
            if (a == FieldAccess.Hidden) continue;
            var raw = (JsonObject)c.Raw.DeepClone();
            if (c.IsContainer) raw["components"] = Components(c.Components, access);
            if (a == FieldAccess.ReadOnly)
            {
                // form-js passes readonly down to children, so a container with an editable field
                // inside only loses add/remove.
                if (!c.IsContainer || !access.HasEditableDescendant(c))
                {
                    raw["readonly"] = true;
                    raw["disabled"] = true;
                }
                if (c.Kind == ComponentKind.DynamicList) raw["allowAddRemove"] = false;
            }
            array.Add(raw);
        }
        return array;
    }
}
