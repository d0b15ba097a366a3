using System.Text.Json.Nodes;
using Oa.Forms.Schema;
using Oa.Forms.Validation;

namespace Oa.Forms.Permissions;

// A node's submission merged over the stored data: editable fields taken from the client, the rest
// kept; attempts to change the rest are `not_editable` errors. Validation, conditions and
// expressions then run over the merged data.
public static class FormMerge
{
    public static SubmissionResult Merge(FormSchema schema, JsonObject? existingData, JsonObject submitted,
        FieldPermissions permissions, FormContext? ctx = null) =>
        FormSubmissionProcessor.Process(schema, submitted,
            (ctx ?? FormContext.Empty) with { ExistingData = existingData ?? new JsonObject(), Permissions = permissions });
}
