using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Oa.Host.Features.Notifications;

/// <summary>Sends one notification as a plain-text e-mail through the configured SMTP server (MailKit).</summary>
public sealed class EmailChannel(IOptionsMonitor<SmtpOptions> options)
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        var o = options.CurrentValue;
        if (string.IsNullOrWhiteSpace(o.Host)) throw new InvalidOperationException("SMTP is not configured (Smtp:Host)");
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(o.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(o.Host, o.Port, Enum.TryParse<SecureSocketOptions>(o.Security, true, out var s) ? s : SecureSocketOptions.Auto, ct);
        if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}
