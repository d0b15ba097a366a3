namespace Oa.Host.Data.Notifications;

/// <summary>
/// A queued send of a notification through an outside channel (e-mail, a WeCom/DingTalk group bot). The queue is
/// drained by a job with retries and back-off, so a slow or broken mail server never holds up an approval.
/// </summary>
public sealed class NotificationDelivery
{
    public long Id { get; set; }
    public long NotificationId { get; set; }
    public Notification? Notification { get; set; }
    /// <summary>"email" or "webhook".</summary>
    public string Channel { get; set; } = "";
    /// <summary>The e-mail address, or the configured webhook's name.</summary>
    public string Target { get; set; } = "";
    /// <summary>For webhooks: the recipient's mobile number to @-mention.</summary>
    public string? Mention { get; set; }
    public DeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
}

public enum DeliveryStatus
{
    Pending = 0,
    Sent = 1,
    /// <summary>Gave up after the last retry; the in-app notification still stands.</summary>
    Failed = 2,
}
