namespace Oa.Forms.Schema;

public static class ComponentTypes
{
    private static readonly Dictionary<string, ComponentKind> ByName = new(StringComparer.Ordinal)
    {
        ["textfield"] = ComponentKind.Textfield,
        ["textarea"] = ComponentKind.Textarea,
        ["number"] = ComponentKind.Number,
        ["datetime"] = ComponentKind.Datetime,
        ["checkbox"] = ComponentKind.Checkbox,
        ["checklist"] = ComponentKind.Checklist,
        ["radio"] = ComponentKind.Radio,
        ["select"] = ComponentKind.Select,
        ["taglist"] = ComponentKind.Taglist,
        ["filepicker"] = ComponentKind.Filepicker,
        ["expression"] = ComponentKind.Expression,
        ["group"] = ComponentKind.Group,
        ["dynamiclist"] = ComponentKind.DynamicList,
        ["table"] = ComponentKind.Table,
        ["text"] = ComponentKind.Text,
        ["html"] = ComponentKind.Html,
        ["image"] = ComponentKind.Image,
        ["spacer"] = ComponentKind.Spacer,
        ["separator"] = ComponentKind.Separator,
        ["iframe"] = ComponentKind.Iframe,
        ["button"] = ComponentKind.Button,
        ["documentPreview"] = ComponentKind.DocumentPreview,
        ["oa-user"] = ComponentKind.OaUser,
        ["oa-department"] = ComponentKind.OaDepartment,
        ["oa-attachments"] = ComponentKind.OaAttachments,
        ["oa-money"] = ComponentKind.OaMoney,
        ["oa-serial"] = ComponentKind.OaSerial,
        ["oa-signature"] = ComponentKind.OaSignature,
        ["oa-related-record"] = ComponentKind.OaRelatedRecord,
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryGetKind(string type, out ComponentKind kind) => ByName.TryGetValue(type, out kind);

    // Components that hold a value under their key in the submitted data.
    public static bool HoldsValue(ComponentKind kind) => kind is
        ComponentKind.Textfield or ComponentKind.Textarea or ComponentKind.Number or ComponentKind.Datetime
        or ComponentKind.Checkbox or ComponentKind.Checklist or ComponentKind.Radio or ComponentKind.Select
        or ComponentKind.Taglist or ComponentKind.Filepicker or ComponentKind.Expression
        or ComponentKind.OaUser or ComponentKind.OaDepartment or ComponentKind.OaAttachments or ComponentKind.OaMoney
        or ComponentKind.OaSerial or ComponentKind.OaSignature or ComponentKind.OaRelatedRecord;

    public static bool HasOptions(ComponentKind kind) => kind is
        ComponentKind.Checklist or ComponentKind.Radio or ComponentKind.Select or ComponentKind.Taglist;

    // The value is a list (checklist and taglist always; pickers when `multiple`).
    public static bool IsMultiValued(ComponentKind kind) => kind is
        ComponentKind.Checklist or ComponentKind.Taglist or ComponentKind.OaAttachments;
}
