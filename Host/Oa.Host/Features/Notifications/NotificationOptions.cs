namespace Oa.Host.Features.Notifications;

/// <summary>Settings under "Notifications" (templates, group-bot webhooks, delivery retries) and "Smtp".</summary>
public sealed class NotificationOptions
{
    /// <summary>Overrides of the default templates by event name: Notifications:Templates:approved:Title / Body (Chinese).</summary>
    public Dictionary<string, TemplateOverride> Templates { get; set; } = [];

    /// <summary>WeCom (企业微信) or DingTalk (钉钉) group bots every opted-in user's notifications are posted to, @-mentioning them by mobile.</summary>
    public List<WebhookTarget> Webhooks { get; set; } = [];

    /// <summary>Attempts before a delivery is marked failed; the wait doubles from one minute between attempts.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Absolute base address for links in e-mails and bot messages (e.g. https://oa.example.com).</summary>
    public string? PublicBaseUrl { get; set; }
}

public sealed class TemplateOverride
{
    public string? Title { get; set; }
    public string? Body { get; set; }
}

public sealed class WebhookTarget
{
    public string Name { get; set; } = "";
    /// <summary>"wecom" or "dingtalk".</summary>
    public string Kind { get; set; } = "wecom";
    public string Url { get; set; } = "";
    /// <summary>DingTalk "加签" secret; the request is signed with it when set.</summary>
    public string? Secret { get; set; }
}

public sealed class SmtpOptions
{
    /// <summary>No host = e-mail off.</summary>
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    /// <summary>Auto, None, StartTls or SslOnConnect (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "OA <oa@localhost>";
}
