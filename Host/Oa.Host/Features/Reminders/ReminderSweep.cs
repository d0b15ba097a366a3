using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Reminders;
using Oa.Host.Features.Notifications;

namespace Oa.Host.Features.Reminders;

/// <summary>
/// Sends the reminders the sources produce for one company day through the notification outbox, recording each in
/// reminders_sent in the same transaction. What was already sent (today, or within its repeat interval) is skipped,
/// so running the sweep twice on a day — a catch-up misfire, "run now", a second node — sends nothing new.
/// </summary>
public sealed class ReminderSweep(OaDbContext db, NotificationOutbox outbox, TimeProvider clock)
{
    public sealed record Outcome(int Sent, int Skipped);

    public async Task<Outcome> SendAsync(DateOnly today, IReadOnlyList<Reminder> reminders, CancellationToken ct)
    {
        if (reminders.Count == 0) return new(0, 0);
        var kinds = reminders.Select(r => r.Kind).Distinct().ToList();
        var keys = reminders.Select(r => Cut(r.ItemKey, 200)).Distinct().ToList();
        var history = await db.RemindersSent.AsNoTracking().Where(s => kinds.Contains(s.Kind) && keys.Contains(s.ItemKey))
            .Select(s => new { s.Kind, s.ItemKey, s.Day }).ToListAsync(ct);
        var last = history.GroupBy(s => (s.Kind, s.ItemKey)).ToDictionary(g => g.Key, g => g.Max(s => s.Day));
        var sent = 0;
        foreach (var r in reminders.DistinctBy(r => (r.Kind, r.ItemKey)))
        {
            if (last.TryGetValue((r.Kind, Cut(r.ItemKey, 200)), out var day) && (r.RepeatAfterDays <= 0 || today.DayNumber - day.DayNumber < r.RepeatAfterDays)) continue;
            var recipients = r.Recipients.Where(x => !string.IsNullOrWhiteSpace(x)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (recipients.Count == 0) continue;
            await outbox.AddAsync(db, new NotificationRequest(r.Kind, recipients, null, r.Title, r.Serial, Link: r.Link, Data: r.Data), ct);
            var names = string.Join(',', recipients);
            db.RemindersSent.Add(new ReminderSent { Kind = r.Kind, ItemKey = Cut(r.ItemKey, 200), Day = today, Recipients = Cut(names, 2000), SentAt = clock.GetUtcNow() });
            sent++;
        }
        // One transaction: the notifications and the "sent" rows commit together. Should another node have committed the
        // same (kind, item, day) first, the unique index refuses this batch and nothing is sent twice.
        await db.SaveChangesAsync(ct);
        return new(sent, reminders.Count - sent);
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
