namespace Oa.Host.Engine;

/// <summary>
/// Who is acting, with what comment and from where, for the engine command now running on this call path.
/// The store reads it while writing history and task rows, so the audit lands in the same transaction as the state.
/// </summary>
public sealed record CommandAudit(string? UserName, string? Comment, string? ClientIp, string? TaskId = null, string? Action = null)
{
    private static readonly AsyncLocal<CommandAudit?> Ambient = new();

    /// <summary>The request's title from this command on, when the command changes the fields it is made of (重新提交):
    /// notifications written in the command's transaction carry it rather than the title being replaced.</summary>
    public string? Title { get; init; }

    public static CommandAudit? Current => Ambient.Value;

    public static IDisposable Begin(CommandAudit audit)
    {
        var previous = Ambient.Value;
        Ambient.Value = audit;
        return new Restore(previous);
    }

    private sealed class Restore(CommandAudit? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
