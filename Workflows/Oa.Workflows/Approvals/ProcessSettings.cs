namespace Oa.Workflows.Approvals;

// <oa:process> on the process's extensionElements: what the host needs to list, start and number instances.
// TitleTemplate is Scriban ({{initiator.displayName}}); SerialRule tokens: {yyyyMMdd} (any .NET date format) and {seq:N}.
public sealed record ProcessSettings(
    string? Category,
    string? TitleTemplate,
    string? SerialRule,
    SerialReset SerialReset,
    IReadOnlyList<StarterRule> StartableBy,
    ReturnBehaviour ReturnBehaviour,
    IReadOnlyList<string> Admins)
{
    public static readonly ProcessSettings Default = new(null, null, null, SerialReset.Never, [], ReturnBehaviour.Rerun, []);
}
