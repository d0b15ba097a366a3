using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Features.Ledgers;
using Oa.Host.Features.Notifications;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Reminders;

/// <summary>
/// From the CA/资质证书 ledger: certificates and licences expiring within N days (once per expiry date) go to their
/// custodian and 行政; items marked 借出 with an 应还日期 are loans — due soon (once) or overdue (repeated) go to the
/// borrower (借用人 is free text: matched to a user name or a unique display name), the custodian and 行政.
/// </summary>
public static class CertificateReminders
{
    private static readonly Dictionary<string, string> TypeNames = new() { ["ca"] = "CA数字证书", ["qualification"] = "资质证书", ["licence"] = "营业执照", ["other"] = "证书" };

    public static async Task<List<Reminder>> CollectAsync(OaDbContext db, OrgSnapshot org, ReminderOptions o, DateOnly today, CancellationToken ct)
    {
        var keepers = org.MembersOfRole(o.CustodianRole);
        var records = await db.LedgerRecords.AsNoTracking().Where(r => r.LedgerKey == o.CertificateLedger)
            .Select(r => new { r.Id, r.Title, r.MatchKey, r.DataJson }).ToListAsync(ct);
        var list = new List<Reminder>();
        foreach (var r in records)
        {
            var data = ReminderText.Parse(r.DataJson);
            var custodian = LedgerIndexer.Text(data["custodian"]);
            var link = ReminderText.LedgerLink(o.CertificateLedger, r.Id);
            var type = TypeNames.GetValueOrDefault(LedgerIndexer.Text(data["certType"]) ?? "", "证书");
            if (ReminderText.DateOf(data["expiresOn"]) is { } expires && expires >= today && expires.DayNumber - today.DayNumber <= o.ExpiryDaysBefore)
                list.Add(new Reminder(NotificationEvent.CertificateExpiring, $"cert:{r.Id}:{ReminderText.Date(expires)}", [custodian ?? "", .. keepers], r.Title, r.MatchKey, link,
                    new Dictionary<string, string>
                    {
                        ["type"] = type, ["holder"] = LedgerIndexer.Text(data["holder"]) ?? "", ["expires"] = ReminderText.Date(expires),
                        ["days"] = (expires.DayNumber - today.DayNumber).ToString(),
                    }));

            if (LedgerIndexer.Text(data["loanState"]) != "out" || ReminderText.DateOf(data["loanDue"]) is not { } due) continue;
            var borrowerText = LedgerIndexer.Text(data["borrower"]);
            var borrower = ReminderText.Person(org, borrowerText);
            if (LoanReminders.For($"ledger-loan:{r.Id}:{ReminderText.Date(due)}", due, today, o, [borrower ?? "", custodian ?? "", .. keepers], r.Title, r.MatchKey, link,
                    borrower is null ? borrowerText ?? "" : ReminderText.Name(org, borrower)) is { } loan)
                list.Add(loan);
        }
        return list;
    }
}
