using Oa.Host.Data;
using Oa.Host.Features.Notifications;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Reminders;

/// <summary>
/// 回款周报: each sales head (销售总监) gets, once a week, the overdue and soon-due receivables of the salespeople in
/// their department and below — totals plus one line per salesperson. Heads whose people owe nothing get no message.
/// </summary>
public static class ReceivablesDigest
{
    public static async Task<List<Reminder>> CollectAsync(OaDbContext db, OrgSnapshot org, ReminderOptions o, DateOnly today, CancellationToken ct)
    {
        var rows = await ReceivableReminders.OpenRowsAsync(db, o, today, ct);
        var horizon = Math.Max(1, o.ReceivableDaysBefore);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var list = new List<Reminder>();
        foreach (var head in org.MembersOfRole(o.SalesHeadRole).Select(org.GetUser).OfType<Oa.Workflows.Ports.OrgUser>().Where(u => u.Active && u.DepartmentId is not null))
        {
            var team = org.MembersOfDepartment(head.DepartmentId!, includeChildren: true).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var mine = rows.Where(r => team.Contains(r.Owner)).ToList();
            var overdue = mine.Where(r => r.Due < today).ToList();
            var due = mine.Where(r => r.Due >= today && r.Due.DayNumber - today.DayNumber <= horizon).ToList();
            if (overdue.Count + due.Count == 0) continue;
            var lines = overdue.Concat(due).GroupBy(r => r.Owner).OrderByDescending(g => g.Where(r => r.Due < today).Sum(r => r.Open))
                .Select(g => $"{ReminderText.Name(org, g.Key)}: {g.Count(r => r.Due < today)} / {ReminderText.Money(g.Where(r => r.Due < today).Sum(r => r.Open))}"
                    + $" + {g.Count(r => r.Due >= today)} / {ReminderText.Money(g.Where(r => r.Due >= today).Sum(r => r.Open))}");
            var data = new Dictionary<string, string>
            {
                ["week"] = ReminderText.Date(monday), ["horizon"] = horizon.ToString(),
                ["overdue_count"] = overdue.Count.ToString(), ["overdue_amount"] = ReminderText.Money(overdue.Sum(r => r.Open)),
                ["due_count"] = due.Count.ToString(), ["due_amount"] = ReminderText.Money(due.Sum(r => r.Open)),
                ["lines"] = string.Join("；", lines),
            };
            list.Add(new Reminder(NotificationEvent.ReceivablesDigest, $"digest:{head.UserName}:{ReminderText.Date(monday)}", [head.UserName],
                $"回款周报 {ReminderText.Date(monday)}", null, $"/Ledgers/{o.ContractLedger}/Overdue", data));
        }
        return list;
    }
}
