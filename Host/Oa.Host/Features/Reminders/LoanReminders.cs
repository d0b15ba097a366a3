using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Features.Notifications;
using Oa.Host.Features.Org;
using Oa.Workflows.Runtime;

namespace Oa.Host.Features.Reminders;

/// <summary>
/// CA借用 and 资质借用 loans in flight: a loan request waiting at its 归还确认 task has the item out; its form's 应还日期
/// (<c>dueDate</c>) drives the reminder to the borrower (the applicant) and to whoever confirms the return (the task's
/// candidates). The CA ledger's own 借出 rows are covered by <see cref="CertificateReminders"/>.
/// </summary>
public static class LoanReminders
{
    public const string ReturnTask = "Task_Return";

    public static async Task<List<Reminder>> CollectAsync(OaDbContext db, OrgSnapshot org, ReminderOptions o, DateOnly today, CancellationToken ct)
    {
        var tasks = await db.Tasks.AsNoTracking().Include(t => t.Candidates)
            .Where(t => t.Status == WorkTaskStatus.Open && t.ElementId == ReturnTask && o.LoanProcesses.Contains(t.ProcessKey)).ToListAsync(ct);
        var ids = tasks.Select(t => t.InstanceId).Distinct().ToList();
        var states = await db.ProcessInstances.AsNoTracking().Where(i => ids.Contains(i.Id) && i.Status == "running")
            .ToDictionaryAsync(i => i.Id, i => i.StateJson, ct);
        var list = new List<Reminder>();
        foreach (var t in tasks)
        {
            if (!states.TryGetValue(t.InstanceId, out var json)) continue;
            var vars = InstanceStateSerializer.Deserialize(json).Variables;
            if (!vars.TryGetValue("dueDate", out var v) || v.ValueKind != JsonValueKind.String || ReminderText.DateOf(v.GetString()) is not { } due) continue;
            IEnumerable<string> confirmers = t.Assignee is not null ? [t.Assignee]
                : t.Candidates.SelectMany(c => c.Kind == CandidateKind.User ? [c.Value] : org.MembersOfRole(c.Value));
            var item = vars.TryGetValue("itemName", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()
                : vars.TryGetValue("ca", out var ca) && ca.ValueKind == JsonValueKind.String ? ca.GetString() : null;
            if (For($"loan:{t.InstanceId}:{ReminderText.Date(due)}", due, today, o, [t.Initiator ?? "", .. confirmers],
                    string.IsNullOrWhiteSpace(item) ? t.InstanceTitle : item!, t.SerialNo, $"/Workbench/Instance/{t.InstanceId}", ReminderText.Name(org, t.Initiator)) is { } r)
                list.Add(r);
        }
        return list;
    }

    /// <summary>Due within N days: once; overdue: again every few days until returned; otherwise nothing.</summary>
    public static Reminder? For(string key, DateOnly due, DateOnly today, ReminderOptions o, IReadOnlyCollection<string> to, string title, string? serial, string link, string borrower)
    {
        var days = due.DayNumber - today.DayNumber;
        if (days > o.LoanDaysBefore) return null;
        var data = new Dictionary<string, string> { ["borrower"] = borrower, ["due"] = ReminderText.Date(due), ["days"] = Math.Abs(days).ToString() };
        return days < 0
            ? new Reminder(NotificationEvent.LoanOverdue, key, to, title, serial, link, data, Math.Max(1, o.LoanOverdueRepeatDays))
            : new Reminder(NotificationEvent.LoanDue, key, to, title, serial, link, data);
    }
}
