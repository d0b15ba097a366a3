using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oa.Host.Data;
using Oa.Host.Data.Notifications;

namespace Oa.Host.Features.Notifications;

/// <summary>
/// Drains the delivery queue: each due delivery is sent once, then marked sent, or rescheduled with a doubling wait
/// (1, 2, 4, … minutes) until the last attempt marks it failed. Run by a non-concurrent job, one batch at a time.
/// </summary>
public sealed class NotificationSender(IServiceScopeFactory scopes, EmailChannel email, WebhookChannel webhooks,
    IOptionsMonitor<NotificationOptions> options, TimeProvider clock, ILogger<NotificationSender> log)
{
    public async Task<int> SendDueAsync(CancellationToken ct, int batch = 50)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.NotificationDeliveries.Include(d => d.Notification)
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now).OrderBy(d => d.NextAttemptAt).Take(batch).ToListAsync(ct);
        var sent = 0;
        foreach (var d in due)
        {
            d.Attempts++;
            try
            {
                await SendAsync(d, ct);
                d.Status = DeliveryStatus.Sent;
                d.SentAt = clock.GetUtcNow();
                d.LastError = null;
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                d.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                var max = Math.Max(1, options.CurrentValue.MaxAttempts);
                if (d.Attempts >= max) d.Status = DeliveryStatus.Failed;
                else d.NextAttemptAt = clock.GetUtcNow().AddMinutes(Math.Pow(2, d.Attempts - 1));
                // The address or token is in the row, never in the log: the log says which delivery failed and why.
                log.LogWarning("Notification delivery {DeliveryId} ({Channel}) attempt {Attempt} failed: {Error}", d.Id, d.Channel, d.Attempts, ex.Message);
            }
            await db.SaveChangesAsync(ct);
        }
        return sent;
    }

    private async Task SendAsync(NotificationDelivery d, CancellationToken ct)
    {
        var n = d.Notification!;
        var link = n.Link is null ? "" : $"\n{options.CurrentValue.PublicBaseUrl?.TrimEnd('/')}{n.Link}";
        switch (d.Channel)
        {
            case "email":
                await email.SendAsync(d.Target, n.Title, n.Body + link, ct);
                break;
            case "webhook":
                var target = options.CurrentValue.Webhooks.FirstOrDefault(w => w.Name == d.Target)
                    ?? throw new InvalidOperationException($"webhook '{d.Target}' is no longer configured");
                await webhooks.SendAsync(target, $"{n.Title}\n{n.Body}{link}", d.Mention, ct);
                break;
            default:
                throw new InvalidOperationException($"unknown channel '{d.Channel}'");
        }
    }
}
