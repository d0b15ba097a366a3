namespace Oa.Workflows.Approvals;

// <oa:notification event="taskAssigned" subject="…" body="…" subjectEn="…" bodyEn="…"/>: Scriban text the host renders
// instead of its default for this event. Either part may be left out, and the default is used for it. subjectEn/bodyEn are
// for recipients whose language is English; without them they get the Chinese text the admin wrote for this process.
public sealed record ProcessNotification(string Event, string? Subject, string? Body)
{
    public string? SubjectEn { get; init; }
    public string? BodyEn { get; init; }

    /// <summary>The text for a recipient: the English variant where there is one, else the (Chinese) text.</summary>
    public (string? Subject, string? Body) For(bool english) => english ? (SubjectEn ?? Subject, BodyEn ?? Body) : (Subject, Body);

    // The process-related events the host sends (Features/Notifications/NotificationEvent), in the XML's camelCase.
    public static readonly IReadOnlyList<string> Events =
        ["taskAssigned", "approved", "rejected", "returned", "urged", "cc", "timeout", "delegated", "cancelled", "revoked"];
}
