namespace Oa.Host.Data.Notifications;

/// <summary>How a person wants to be told, beyond the in-app centre (which is always on). No row = the defaults.</summary>
public sealed class NotificationPreference
{
    public string UserName { get; set; } = "";
    public bool Email { get; set; } = true;
    public bool Webhook { get; set; } = true;
    /// <summary>Comma-separated event names this person does not want sent outside the app.</summary>
    public string? MutedEvents { get; set; }
}
