using Microsoft.Extensions.Options;
using Oa.Host.Data;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Reminders;

/// <summary>What the two reminder jobs call: the daily sweep over every source, and the weekly receivables digest.</summary>
public sealed class ReminderRun(OaDbContext db, OrgCache orgCache, ReminderSweep sweep, IOptionsMonitor<ReminderOptions> options, TimeProvider clock)
{
    public async Task<ReminderSweep.Outcome> DailyAsync(DateOnly today, CancellationToken ct)
    {
        var o = options.CurrentValue;
        var org = await orgCache.GetAsync(ct);
        List<Reminder> all =
        [
            .. await ReceivableReminders.CollectAsync(db, org, o, today, ct),
            .. await CertificateReminders.CollectAsync(db, org, o, today, ct),
            .. await LoanReminders.CollectAsync(db, org, o, today, ct),
            .. await DeputyReminders.CollectAsync(db, org, o, today, clock, ct),
        ];
        return await sweep.SendAsync(today, all, ct);
    }

    public async Task<ReminderSweep.Outcome> WeeklyDigestAsync(DateOnly today, CancellationToken ct) =>
        await sweep.SendAsync(today, await ReceivablesDigest.CollectAsync(db, await orgCache.GetAsync(ct), options.CurrentValue, today, ct), ct);
}
