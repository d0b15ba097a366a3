using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oa.Host.Data;
using Oa.Host.Data.Notifications;

namespace Oa.Host.Features.Notifications;

/// <summary>
/// Turns a <see cref="NotificationRequest"/> into in-app notifications and queued outside deliveries on the caller's
/// context, without saving: they commit (or roll back) with the change they report.
/// </summary>
public sealed class NotificationOutbox(NotificationTemplates templates, IOptionsMonitor<NotificationOptions> options, IOptionsMonitor<SmtpOptions> smtp, TimeProvider clock,
    ProcessNotificationTemplates processTemplates)
{
    public async Task AddAsync(OaDbContext db, NotificationRequest request, CancellationToken ct)
    {
        var recipients = request.Recipients.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (recipients.Count == 0) return;
        var names = recipients.Append(request.Actor ?? "").ToList();
        var users = await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.DisplayName, u.Email, u.PhoneNumber, u.Language, u.Active }).ToListAsync(ct);
        var to = users.Where(u => u.Active && recipients.Contains(u.UserName!, StringComparer.OrdinalIgnoreCase)).ToList();
        // Nobody to tell (unknown or inactive names): no preferences, templates or rows to look at.
        if (to.Count == 0) return;
        var prefs = await db.NotificationPreferences.AsNoTracking().Where(p => recipients.Contains(p.UserName)).ToDictionaryAsync(p => p.UserName, StringComparer.OrdinalIgnoreCase, ct);
        var actorName = request.Actor is null ? null : users.FirstOrDefault(u => string.Equals(u.UserName, request.Actor, StringComparison.OrdinalIgnoreCase))?.DisplayName ?? request.Actor;
        var now = clock.GetUtcNow();
        var processText = await processTemplates.FindAsync(db, request, ct);
        var webhooks = options.CurrentValue.Webhooks.Where(w => !string.IsNullOrWhiteSpace(w.Url)).ToList();
        var mailOn = !string.IsNullOrWhiteSpace(smtp.CurrentValue.Host);
        foreach (var user in to)
        {
            var (title, body) = templates.Render(request, user.Language == "en", actorName, processText);
            var notification = new Notification
            {
                UserName = user.UserName!, Event = request.Event, Title = title, Body = body, InstanceId = request.InstanceId,
                Link = request.Link ?? (request.InstanceId is null ? null : $"/Workbench/Instance/{request.InstanceId}"), Actor = request.Actor, CreatedAt = now,
            };
            db.Notifications.Add(notification);
            var pref = prefs.GetValueOrDefault(user.UserName!) ?? new NotificationPreference();
            if (IsMuted(pref, request.Event)) continue;
            if (mailOn && pref.Email && !string.IsNullOrWhiteSpace(user.Email))
                db.NotificationDeliveries.Add(Queue(notification, "email", user.Email!, null, now));
            if (pref.Webhook)
                foreach (var hook in webhooks)
                    db.NotificationDeliveries.Add(Queue(notification, "webhook", hook.Name, user.PhoneNumber, now));
        }
    }

    private static bool IsMuted(NotificationPreference pref, string name) =>
        pref.MutedEvents?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(name) == true;

    private static NotificationDelivery Queue(Notification n, string channel, string target, string? mention, DateTimeOffset now) =>
        new() { Notification = n, Channel = channel, Target = target, Mention = mention, Status = DeliveryStatus.Pending, NextAttemptAt = now };
}
