namespace Oa.Forms.Permissions;

// A workflow node's field permissions. Keys are field paths without row indexes (`amount`,
// `address.street`, `items`, `items.amount`) or component ids (for groups without a path).
// A container's explicit access caps its children: a hidden dynamiclist hides every column.
public sealed class FieldPermissions
{
    public FieldPermissions(FieldAccess defaultAccess, IReadOnlyDictionary<string, FieldAccess>? fields = null)
    {
        Default = defaultAccess;
        Fields = fields ?? new Dictionary<string, FieldAccess>();
    }

    public FieldAccess Default { get; }
    public IReadOnlyDictionary<string, FieldAccess> Fields { get; }

    public static FieldPermissions AllEditable { get; } = new(FieldAccess.Editable);

    // Default editable on the start node (the applicant fills the form), read-only after it.
    public static FieldPermissions ForNode(bool isStartNode, IReadOnlyDictionary<string, FieldAccess>? fields = null) =>
        new(isStartNode ? FieldAccess.Editable : FieldAccess.ReadOnly, fields);
}
