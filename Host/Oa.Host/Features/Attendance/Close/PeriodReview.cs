using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Features.Attendance.Close;

/// <summary>
/// HR's side of a closed period. Confirming fixes the results: lines HR marked 免责 (excused) in a completed
/// 异常考勤审批 are taken out of that day and the month is recomputed, then nothing changes until HR re-opens the
/// period (which needs a reason and is audited). Approvals still running at confirmation keep the computed lines.
/// </summary>
public sealed class PeriodReview(OaDbContext db, AttendanceRules rules, TimeProvider clock)
{
    public abstract record Outcome;
    public sealed record Done(string PeriodId, string State, int Excused = 0, int StillRunning = 0) : Outcome;
    public sealed record Refused(string Reason) : Outcome;
    public sealed record NotFound : Outcome;

    public async Task<Outcome> ConfirmAsync(string periodId, string user, CancellationToken ct)
    {
        var row = await db.AttendancePeriods.FirstOrDefaultAsync(p => p.Id == periodId, ct);
        if (row is null) return new NotFound();
        if (row.State != AttendancePeriodRecord.Closed) return new Refused("只有已结算的周期可以确认 (only a closed period can be confirmed)");
        var period = new AttendancePeriod(row.Start, row.End);

        var claims = await db.ExceptionApprovals.AsNoTracking().Where(a => a.PeriodId == periodId).ToListAsync(ct);
        var ids = claims.Select(c => c.InstanceId).ToList();
        var instances = await db.ProcessInstances.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Status, i.StateJson }).ToListAsync(ct);
        var excusedCount = 0;
        var employees = (await AttendanceData.EmployeesAsync(db, ct)).ToDictionary(e => e.Employee.Id);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var claim in claims)
        {
            var instance = instances.FirstOrDefault(i => i.Id == claim.InstanceId);
            if (instance is not { Status: "completed" } || !employees.TryGetValue(claim.UserName, out var emp)) continue;
            var excused = ExcusedLines(Oa.Workflows.Runtime.InstanceStateSerializer.Deserialize(instance.StateJson).Variables);
            if (excused.Count == 0) continue;
            excusedCount += excused.Count;
            await RecomputeAsync(periodId, period, emp.Employee, excused, ct);
        }
        PeriodRows.Transition(db, row, AttendancePeriodRecord.Confirmed, "confirm", user, null, clock);
        row.ConfirmedAt = clock.GetUtcNow();
        row.ConfirmedBy = user;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return new Refused("该周期刚被其他操作修改，请刷新后重试 (the period changed meanwhile)"); }
        await tx.CommitAsync(ct);
        // Still running: open approvals, and those the close queued that the approvals job has not started yet.
        var running = instances.Count(i => i.Status == "running") + claims.Count(c => instances.All(i => i.Id != c.InstanceId));
        return new Done(periodId, row.State, excusedCount, running);
    }

    public async Task<Outcome> ReopenAsync(string periodId, string user, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason)) return new Refused("重新打开需要填写原因 (a reason is required)");
        var row = await db.AttendancePeriods.FirstOrDefaultAsync(p => p.Id == periodId, ct);
        if (row is null) return new NotFound();
        if (row.State == AttendancePeriodRecord.Open) return new Refused("该周期尚未结算 (the period is open already)");
        PeriodRows.Transition(db, row, AttendancePeriodRecord.Open, "reopen", user, reason.Trim(), clock);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return new Refused("该周期刚被其他操作修改，请刷新后重试 (the period changed meanwhile)"); }
        return new Done(periodId, row.State);
    }

    /// <summary>(date, kind) of each line HR marked 免责 in the approval's anomalies table.</summary>
    public static List<(DateOnly Date, string Kind)> ExcusedLines(IReadOnlyDictionary<string, JsonElement> variables)
    {
        if (!variables.TryGetValue("anomalies", out var lines) || lines.ValueKind != JsonValueKind.Array) return [];
        var list = new List<(DateOnly, string)>();
        foreach (var l in lines.EnumerateArray())
            if (l.ValueKind == JsonValueKind.Object && Str(l, "verdict") == "excused" && Str(l, "date") is { Length: >= 10 } s
                && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", out var date))
                list.Add((date, Str(l, "kind") ?? ""));
        return list;
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private async Task RecomputeAsync(string periodId, AttendancePeriod period, AttendanceEmployee employee, List<(DateOnly Date, string Kind)> excused, CancellationToken ct)
    {
        var dayRows = await db.DayResults.Where(d => d.PeriodId == periodId && d.UserName == employee.Id).ToListAsync(ct);
        foreach (var (date, kind) in excused)
        {
            if (dayRows.FirstOrDefault(d => d.Date == date) is not { } day) continue;
            switch (kind)
            {
                case "late": day.LateMinutes = 0; break;
                case "early": day.EarlyMinutes = 0; break;
                case "missing": day.CorrectedSlots = string.Join(',', new[] { day.CorrectedSlots, day.MissedSlots }.Where(s => s.Length > 0)); day.MissedSlots = ""; break;
                case "absent": day.ExcusedDays += day.AbsentDays; day.AbsentDays = 0; break;
            }
        }
        var earlier = await db.DayResults.AsNoTracking().Where(d => d.UserName == employee.Id && d.Date >= new DateOnly(period.Start.Year, 1, 1) && d.Date < period.Start)
            .Select(d => new { d.Date, d.AbsentDays }).ToListAsync(ct);
        var byYear = earlier.GroupBy(d => d.Date.Year).ToDictionary(g => g.Key, g => g.Sum(d => d.AbsentDays));
        var days = dayRows.Select(StoredResults.ToRule).ToList();
        var summary = PeriodCalculator.Close(period, employee, days, rules, byYear);
        var old = await db.PeriodSummaries.FirstAsync(s => s.PeriodId == periodId && s.UserName == employee.Id, ct);
        var fresh = StoredResults.ToRecord(periodId, old.DisplayName, old.DepartmentId, summary, days);
        fresh.ExceptionInstanceId = old.ExceptionInstanceId;
        fresh.AnomalyCount = old.AnomalyCount; // the approval's lines stay as they were asked
        db.Entry(old).CurrentValues.SetValues(fresh);
        await db.Deductions.Where(d => d.PeriodId == periodId && d.UserName == employee.Id).ExecuteDeleteAsync(ct);
        db.Deductions.AddRange(StoredResults.ToRecords(periodId, summary));
    }
}
