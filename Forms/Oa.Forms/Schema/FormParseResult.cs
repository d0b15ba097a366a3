namespace Oa.Forms.Schema;

public sealed record FormParseResult(FormSchema? Schema, IReadOnlyList<FormProblem> Problems)
{
    public bool Success => Schema is not null && Problems.Count == 0;
}
