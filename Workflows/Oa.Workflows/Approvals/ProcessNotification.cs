namespace Oa.Workflows.Approvals;

// <oa:notification event="taskAssigned" subject="…" body="…"/>: Scriban text the host renders instead of its default for
// this event. Either part may be left out, and the default is used for it.
public sealed record ProcessNotification(string Event, string? Subject, string? Body)
{
    // The process-related events the host sends (Features/Notifications/NotificationEvent), in the XML's camelCase.
    public static readonly IReadOnlyList<string> Events =
        ["taskAssigned", "approved", "rejected", "returned", "urged", "cc", "timeout", "delegated", "cancelled", "revoked"];
}
