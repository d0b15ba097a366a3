namespace Oa.Host.Data.Notifications;

/// <summary>
/// One message to one person, shown in the in-app notification centre. It is written in the same transaction as the
/// change it reports, so a notification is never lost and never sent for a change that was rolled back.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }
    public string UserName { get; set; } = "";
    /// <summary>One of <see cref="Features.Notifications.NotificationEvent"/>'s names (task-assigned, approved, …).</summary>
    public string Event { get; set; } = "";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>Where clicking it leads (a local path such as /Workbench/Instance/{id}).</summary>
    public string? Link { get; set; }
    public string? InstanceId { get; set; }
    public string? Actor { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
