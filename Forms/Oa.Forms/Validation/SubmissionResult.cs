using System.Text.Json.Nodes;

namespace Oa.Forms.Validation;

public sealed record SubmissionResult(JsonObject Data, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    // Shaped like ASP.NET's ValidationProblem errors (path → messages), in the given language.
    public IReadOnlyDictionary<string, string[]> MessagesByPath(string? language = null) =>
        Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message(language)).ToArray());
}
