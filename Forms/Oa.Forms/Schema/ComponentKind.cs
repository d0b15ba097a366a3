namespace Oa.Forms.Schema;

public enum ComponentKind
{
    // form-js 1.23 input fields
    Textfield, Textarea, Number, Datetime, Checkbox, Checklist, Radio, Select, Taglist, Filepicker, Expression,
    // form-js containers
    Group, DynamicList,
    // form-js display-only components
    Table, Text, Html, Image, Spacer, Separator, Iframe, Button, DocumentPreview,
    // OA field types (custom form-js components registered by our designer)
    OaUser, OaDepartment, OaAttachments, OaMoney, OaSerial, OaSignature, OaRelatedRecord,
}
