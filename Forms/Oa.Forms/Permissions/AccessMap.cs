using Oa.Forms.Schema;

namespace Oa.Forms.Permissions;

// Effective access of every component of a schema under one node's permissions.
internal sealed class AccessMap
{
    private readonly Dictionary<FormComponent, FieldAccess> map = new(ReferenceEqualityComparer.Instance);

    public AccessMap(FormSchema schema, FieldPermissions? permissions)
    {
        var p = permissions ?? FieldPermissions.AllEditable;
        Walk(schema.Components, p, p.Default, explicitAbove: false);
    }

    public FieldAccess this[FormComponent c] => map.TryGetValue(c, out var a) ? a : FieldAccess.Hidden;

    // A read-only container can still hold an explicitly editable field (default read-only node,
    // `items.remark` editable): the container's structure is then fixed but that field is not.
    public bool HasEditableDescendant(FormComponent c) => c.Descendants().Any(d => this[d] == FieldAccess.Editable);

    private void Walk(IReadOnlyList<FormComponent> components, FieldPermissions p, FieldAccess inherited, bool explicitAbove)
    {
        foreach (var c in components)
        {
            var own = Explicit(c, p);
            var access = own is { } e ? (explicitAbove ? Max(inherited, e) : e) : inherited;
            var isExplicit = explicitAbove || own is not null;
            // A schema-level readonly/disabled field is never writable by the client, whatever the node says.
            if ((c.ReadOnly || c.Disabled) && access == FieldAccess.Editable)
            {
                access = FieldAccess.ReadOnly;
                isExplicit = true;
            }
            map[c] = access;
            Walk(c.Components, p, access, isExplicit);
        }
    }

    private static FieldAccess? Explicit(FormComponent c, FieldPermissions p)
    {
        var ownsPath = c.HoldsValue || c.Kind == ComponentKind.DynamicList || !string.IsNullOrEmpty(c.Path);
        if (ownsPath && p.Fields.TryGetValue(c.FullPath, out var a)) return a;
        return p.Fields.TryGetValue(c.Id, out a) ? a : null;
    }

    private static FieldAccess Max(FieldAccess a, FieldAccess b) => a > b ? a : b;
}
