using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data.Ledgers;
using Oa.Host.Features.Reminders;
using Oa.Host.Tests.Attendance;

namespace Oa.Host.Tests.Reminders;

/// <summary>
/// The attendance host (fake clock 2026-05-27 09:00 China time, a Wednesday) with helpers to write ledger rows and run
/// the reminder sweeps for a chosen company day. Tests read back only the notifications linked to their own items.
/// </summary>
public class ReminderFactory : AttendanceFactory
{
    public ReminderFactory() { }

    protected ReminderFactory(string provider) : base(provider) { }

    public static readonly DateOnly Today = new(2026, 5, 27);

    public Task<long> AddLedgerRecordAsync(string ledger, string owner, string title, JsonObject data) => WithDbAsync(async db =>
    {
        var row = new LedgerRecord
        {
            LedgerKey = ledger, Title = title, MatchKey = Guid.NewGuid().ToString("N")[..12], OwnerUserName = owner, CreatedBy = owner, UpdatedBy = owner,
            CreatedAt = Clock.GetUtcNow(), UpdatedAt = Clock.GetUtcNow(), DataJson = data.ToJsonString(),
        };
        db.LedgerRecords.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    });

    public async Task<ReminderSweep.Outcome> DailyAsync(DateOnly day)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderRun>().DailyAsync(day, CancellationToken.None);
    }

    public async Task<ReminderSweep.Outcome> DigestAsync(DateOnly day)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderRun>().WeeklyDigestAsync(day, CancellationToken.None);
    }

    /// <summary>(user, event, body) of the notifications that link to <paramref name="link"/>.</summary>
    public Task<List<(string User, string Event, string Body)>> NotificationsAsync(string link) => WithDbAsync(async db =>
        (await db.Notifications.AsNoTracking().Where(n => n.Link == link).OrderBy(n => n.Id).Select(n => new { n.UserName, n.Event, n.Body }).ToListAsync())
            .Select(n => (n.UserName, n.Event, n.Body)).ToList());
}
