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

    // One of ProcessSettingsParser.Icons; null shows the process name's first character.
    public string? Icon { get; init; }

    // The defaults are what the host did before these settings existed: the applicant may withdraw until an
    // approver acts, an approver may take back their decision until the next step acts.
    public InitiatorWithdraw InitiatorWithdraw { get; init; } = InitiatorWithdraw.UntilFirstAction;

    public bool ApproverWithdraw { get; init; } = true;

    // 撤销 by the applicant after approvers acted; off unless the process turns it on.
    public InitiatorCancel InitiatorCancel { get; init; } = InitiatorCancel.Never;

    // Per-event text replacing the host's default notification template for this process only.
    public IReadOnlyList<ProcessNotification> Notifications { get; init; } = [];

    public ProcessNotification? NotificationFor(string eventName) =>
        Notifications.FirstOrDefault(n => string.Equals(n.Event, eventName, StringComparison.OrdinalIgnoreCase));
}
