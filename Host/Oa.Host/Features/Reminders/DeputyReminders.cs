using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Features.Attendance;
using Oa.Host.Features.Notifications;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Reminders;

/// <summary>
/// 代理即将结束: a deputy period ending within N days (company dates) is announced once to the absent person and the
/// deputy, so open work can be handed back. A revoked or already ended period is not.
/// </summary>
public static class DeputyReminders
{
    public static async Task<List<Reminder>> CollectAsync(OaDbContext db, OrgSnapshot org, ReminderOptions o, DateOnly today, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now.AddDays(o.DeputyDaysBefore + 1);
        var rules = (await db.DeputyRules.AsNoTracking().Where(r => r.RevokedAt == null).ToListAsync(ct))
            .Where(r => r.EndsAt > now && r.EndsAt <= until && r.StartsAt < r.EndsAt).ToList();
        var list = new List<Reminder>();
        foreach (var r in rules)
        {
            var ends = TimeZoneInfo.ConvertTime(r.EndsAt, AttendanceClock.Zone);
            if (DateOnly.FromDateTime(ends.DateTime).DayNumber - today.DayNumber > o.DeputyDaysBefore) continue;
            var data = new Dictionary<string, string>
            {
                ["user"] = ReminderText.Name(org, r.UserName), ["deputy"] = ReminderText.Name(org, r.Deputy), ["ends"] = ends.ToString("yyyy-MM-dd HH:mm"),
            };
            list.Add(new Reminder(NotificationEvent.DeputyEnding, $"deputy:{r.Id}:{ends:yyyy-MM-ddTHH:mm}", [r.UserName, r.Deputy],
                $"{data["user"]} → {data["deputy"]}", null, "/Deputies", data));
        }
        return list;
    }
}
