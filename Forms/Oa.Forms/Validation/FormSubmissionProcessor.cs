using System.Text.Json.Nodes;
using Oa.Forms.Permissions;
using Oa.Forms.Schema;

namespace Oa.Forms.Validation;

// Server-side truth for a form submission: applies node permissions, re-runs `conditional.hide`,
// computes expression fields, validates and coerces. The result holds only the schema's visible
// fields; anything else the client sent is dropped.
public static class FormSubmissionProcessor
{
    public static SubmissionResult Process(FormSchema schema, JsonObject submitted, FormContext ctx)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(ctx);
        var errors = new List<FieldError>();
        var access = new AccessMap(schema, ctx.Permissions);
        var candidate = PermissionGate.Apply(schema, ctx.ExistingData, submitted ?? new JsonObject(), access, errors);
        var data = new SubmissionRun(schema, ctx, access, errors, candidate).Execute();
        return new SubmissionResult(data, errors);
    }
}
