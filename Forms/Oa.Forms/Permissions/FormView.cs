using System.Text.Json.Nodes;
using Oa.Forms.Schema;

namespace Oa.Forms.Permissions;

// What the browser may receive at a node: hidden components removed from the schema and their
// values from the data (they never leave the server); read-only ones marked readonly + disabled.
public static class FormView
{
    public static FormViewResult For(FormSchema schema, JsonObject? data, FieldPermissions? permissions)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var access = new AccessMap(schema, permissions);
        var view = (JsonObject)schema.Raw.DeepClone();
        view["components"] = Components(schema.Components, access);
        return new FormViewResult(view, ViewProjection.Data(schema.Components, data, access));
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
