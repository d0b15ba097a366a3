using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Features.Ledgers.Contracts;
using Oa.Host.Features.Notifications;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Reminders;

/// <summary>
/// 合同回款提醒: every receivable-plan row of the contract ledger that is not fully paid — due within N days (once per
/// row and due date), or overdue (again every few days while it stays open) — goes to the salesperson who owns the
/// contract and to finance. Paid or overpaid rows are judged by the ledger's own <see cref="ContractStatus"/>.
/// </summary>
public static class ReceivableReminders
{
    public sealed record OpenRow(long RecordId, string Title, string? ContractNo, string Owner, int Period, string Node, DateOnly Due, decimal Amount, decimal Open);

    public static async Task<List<OpenRow>> OpenRowsAsync(OaDbContext db, ReminderOptions o, DateOnly today, CancellationToken ct)
    {
        var records = await db.LedgerRecords.AsNoTracking().Where(r => r.LedgerKey == o.ContractLedger)
            .Select(r => new { r.Id, r.Title, r.MatchKey, r.OwnerUserName, r.DataJson }).ToListAsync(ct);
        return [.. records.SelectMany(r => ContractStatus.Compute(ReminderText.Parse(r.DataJson), today).Plan
            .Where(p => p.Due is not null && p.Received < p.Amount)
            .Select(p => new OpenRow(r.Id, r.Title, r.MatchKey, r.OwnerUserName, p.Period, p.Node, p.Due!.Value, p.Amount, p.Amount - p.Received)))];
    }

    public static async Task<List<Reminder>> CollectAsync(OaDbContext db, OrgSnapshot org, ReminderOptions o, DateOnly today, CancellationToken ct)
    {
        var finance = org.MembersOfRole(o.FinanceRole);
        var list = new List<Reminder>();
        foreach (var row in await OpenRowsAsync(db, o, today, ct))
        {
            var days = row.Due.DayNumber - today.DayNumber;
            if (days > o.ReceivableDaysBefore) continue;
            var overdue = days < 0;
            var data = new Dictionary<string, string>
            {
                ["period"] = row.Period.ToString(), ["node"] = row.Node, ["amount"] = ReminderText.Money(row.Amount), ["open"] = ReminderText.Money(row.Open),
                ["due"] = ReminderText.Date(row.Due), ["days"] = Math.Abs(days).ToString(), ["owner"] = ReminderText.Name(org, row.Owner),
            };
            list.Add(new Reminder(overdue ? NotificationEvent.ReceivableOverdue : NotificationEvent.ReceivableDue,
                $"contract:{row.RecordId}:{row.Period}:{ReminderText.Date(row.Due)}", [row.Owner, .. finance], row.Title, row.ContractNo,
                ReminderText.LedgerLink(o.ContractLedger, row.RecordId), data, overdue ? o.ReceivableOverdueRepeatDays : 0));
        }
        return list;
    }
}
