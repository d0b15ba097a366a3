using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Attendance;
using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Features.Payroll;

/// <summary>
/// The monthly payments run for a confirmed attendance period. It computes what each person should get for each thing
/// (kind + reference) and compares with the lines already written for the period: equal → nothing is written (a re-run
/// is a no-op), different → an adjusting line for the difference, gone → an adjusting line that cancels it. Written
/// lines are never edited, so every correction stays visible on the sheet.
/// </summary>
public sealed class PaymentsRun(OaDbContext db, PayrollSettings settings, AttendanceRules rules, TimeProvider clock)
{
    public abstract record Outcome;
    public sealed record Ran(string PeriodId, int RunNo, int Added, int Adjustments, decimal Total) : Outcome;
    public sealed record Refused(string Reason) : Outcome;

    public async Task<Outcome> RunAsync(string periodId, string user, CancellationToken ct)
    {
        if (AttendanceData.ParsePeriod(periodId, rules) is not { } period) return new Refused("考勤周期格式应为 yyyy-MM (period must be yyyy-MM)");
        var row = await db.AttendancePeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, ct);
        if (row?.State != AttendancePeriodRecord.Confirmed)
            return new Refused("考勤结果经人事确认后才能核算薪酬 (confirm the attendance period first)");

        var calendar = await AttendanceData.CalendarAsync(db, ct);
        var wanted = await new AllowanceLines(db, settings, calendar, period, periodId).ComputeAsync(ct);
        var existing = await db.PayrollItems.AsNoTracking().Where(i => i.PeriodId == periodId).ToListAsync(ct);
        var paid = existing.GroupBy(i => (i.UserName, i.Kind, i.Reference)).ToDictionary(g => g.Key, g => g.Sum(i => i.Amount));
        var departments = await db.Users.AsNoTracking().Select(u => new { u.UserName, u.DepartmentId }).ToDictionaryAsync(u => u.UserName!, u => u.DepartmentId, ct);
        var runNo = existing.Count == 0 ? 1 : existing.Max(i => i.RunNo) + 1;
        var now = clock.GetUtcNow();
        var added = new List<PayrollItemRecord>();

        PayrollItemRecord Item(string userName, string kind, string reference, decimal amount, string text, bool adjustment) => new()
        {
            PeriodId = periodId, UserName = userName, DepartmentId = departments.GetValueOrDefault(userName), Kind = kind, Reference = reference,
            Amount = amount, Text = text, Adjustment = adjustment, RunNo = runNo, CreatedAt = now, CreatedBy = user,
        };

        foreach (var line in wanted.GroupBy(l => (l.UserName, l.Kind, l.Reference)))
        {
            var amount = line.Sum(l => l.Amount);
            var before = paid.GetValueOrDefault(line.Key);
            var first = !paid.ContainsKey(line.Key);
            // A zero line (overtime taken as time off) is written once so the sheet shows the hours.
            if (amount == before && !(first && amount == 0)) continue;
            var text = line.First().Text;
            added.Add(first ? Item(line.Key.UserName, line.Key.Kind, line.Key.Reference, amount, text, false)
                : Item(line.Key.UserName, line.Key.Kind, line.Key.Reference, amount - before, $"调整：{text}（原 {before:0.00}）", true));
        }
        foreach (var gone in paid.Where(p => p.Value != 0 && !wanted.Any(l => (l.UserName, l.Kind, l.Reference) == p.Key)))
            added.Add(Item(gone.Key.UserName, gone.Key.Kind, gone.Key.Reference, -gone.Value, $"调整：{PayrollKinds.Label(gone.Key.Kind)}不再发放（原 {gone.Value:0.00}）", true));

        if (added.Count > 0)
        {
            db.PayrollItems.AddRange(added);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { return new Refused("另一次核算正在进行，请稍后刷新 (another run of this period is in progress)"); }
        }
        var total = existing.Sum(i => i.Amount) + added.Sum(i => i.Amount);
        return new Ran(periodId, added.Count > 0 ? runNo : runNo - 1, added.Count(a => !a.Adjustment), added.Count(a => a.Adjustment), total);
    }
}
