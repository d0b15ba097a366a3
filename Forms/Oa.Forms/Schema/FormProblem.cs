namespace Oa.Forms.Schema;

public sealed record FormProblem(string? ComponentId, string? Key, string? Path, string Message)
{
    public override string ToString() =>
        $"{ComponentId ?? "(form)"}{(Key is null ? "" : $" [{Key}]")}: {Message}";
}
