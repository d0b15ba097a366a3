using System.Text.Json.Nodes;

namespace Oa.Forms.Validation;

public sealed record SubmissionResult(JsonObject Data, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
