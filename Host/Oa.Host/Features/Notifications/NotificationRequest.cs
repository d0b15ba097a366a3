namespace Oa.Host.Features.Notifications;

/// <summary>
/// What happened, for whom: the outbox renders it per recipient (their language) and queues the outside deliveries.
/// <paramref name="Actor"/> is a user name (rendered as a display name); <paramref name="Node"/> the task or element name.
/// Reminders about things that are not requests (a receivable, a loan) pass their own <paramref name="Link"/> and
/// template fields in <paramref name="Data"/> (<c>{{ data.due }}</c>).
/// </summary>
public sealed record NotificationRequest(
    string Event, IReadOnlyCollection<string> Recipients, string? InstanceId, string InstanceTitle, string? SerialNo,
    string? Actor = null, string? Node = null, string? Comment = null,
    string? Link = null, IReadOnlyDictionary<string, string>? Data = null);
