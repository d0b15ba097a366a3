using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Features.Attendance.Close;

/// <summary>
/// Closes an attendance period: evaluates every employee's days, stores day results, summaries and itemised
/// deductions (replacing those of an earlier close of the same period), then starts one 异常考勤审批 per employee with
/// anomalies. Re-running is safe: results are recomputed from the same inputs and an employee who already has an
/// approval for the period gets no second one. A confirmed period is fixed and is not closed again.
/// </summary>
public sealed class PeriodCloser(OaDbContext db, ExceptionApprovalStarter starter, AttendanceRules rules, TimeProvider clock, ILogger<PeriodCloser> log)
{
    public abstract record Outcome;
    public sealed record Closed(string PeriodId, int Employees, int WithAnomalies, int ApprovalsStarted) : Outcome;
    public sealed record Refused(string Reason) : Outcome;

    public async Task<Outcome> CloseAsync(string periodId, string user, CancellationToken ct)
    {
        if (AttendanceData.ParsePeriod(periodId, rules) is not { } period) return new Refused("考勤周期格式应为 yyyy-MM (period must be yyyy-MM)");
        if (AttendanceClock.Today(clock) <= period.End) return new Refused($"考勤周期 {period} 尚未结束 (the period has not ended yet)");

        var row = await PeriodRows.GetOrAddAsync(db, periodId, period, ct);
        if (row.State == AttendancePeriodRecord.Confirmed) return new Refused("该周期已由人事确认，结果已固定；如需修改请先重新打开 (confirmed: re-open it first)");

        var calendar = await AttendanceData.CalendarAsync(db, ct);
        var employees = await AttendanceData.EmployeesAsync(db, ct);
        var punches = await AttendanceData.PunchesAsync(db, period, null, ct);
        var corrections = await AttendanceData.CorrectionsAsync(db, period, null, ct);
        var absences = await AbsenceSource.LoadAsync(db, period, ct);
        var earlier = await EarlierAbsencesAsync(period, ct);

        var results = new List<(PeriodSummary Summary, PeriodSummaryRecord Record, IReadOnlyList<DayResult> Days)>();
        foreach (var (employee, name, dept) in employees)
        {
            var days = DayEvaluator.EvaluatePeriod(period, employee, calendar, rules, punches, absences, corrections);
            if (days.Count == 0) continue; // joined after the period or left before it
            var summary = PeriodCalculator.Close(period, employee, days, rules, earlier.GetValueOrDefault(employee.Id));
            results.Add((summary, StoredResults.ToRecord(periodId, name, dept, summary, days), days));
        }

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await ClearResultsAsync(periodId, ct);
            foreach (var (summary, record, days) in results)
            {
                db.DayResults.AddRange(days.Select(d => StoredResults.ToRecord(periodId, summary.EmployeeId, d)));
                db.PeriodSummaries.Add(record);
                db.Deductions.AddRange(StoredResults.ToRecords(periodId, summary));
            }
            PeriodRows.Transition(db, row, AttendancePeriodRecord.Closed, "close", user, null, clock);
            row.ClosedAt = clock.GetUtcNow();
            row.ClosedBy = user;
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException)
            {
                // A concurrent close (HR's button while the job runs) won the period's Version; nothing of ours is kept.
                return new Refused("该周期正在由另一个操作结算，请稍后刷新 (another close of this period is running)");
            }
            await tx.CommitAsync(ct);
        }

        var started = 0;
        foreach (var (summary, record, _) in results.Where(r => r.Summary.HasAnomalies))
        {
            var (id, startedNow) = await EnsureApprovalAsync(periodId, period, summary, ct);
            record.ExceptionInstanceId = id;
            if (startedNow) started++;
        }
        await db.SaveChangesAsync(ct);
        log.LogInformation("Closed attendance {Period}: {Employees} employees, {Anomalies} with anomalies, {Started} approvals started",
            periodId, results.Count, results.Count(r => r.Summary.HasAnomalies), started);
        return new Closed(periodId, results.Count, results.Count(r => r.Summary.HasAnomalies), started);
    }

    /// <summary>
    /// Claims the (period, employee) row first and starts the instance under the claimed id, so a second close, a second
    /// node or a crash between claim and start never yields two approvals: a claim whose instance does not exist is
    /// started on the next run with the same id.
    /// </summary>
    private async Task<(string Id, bool Started)> EnsureApprovalAsync(string periodId, AttendancePeriod period, PeriodSummary summary, CancellationToken ct)
    {
        var claim = await db.ExceptionApprovals.FirstOrDefaultAsync(a => a.PeriodId == periodId && a.UserName == summary.EmployeeId, ct);
        if (claim is null)
        {
            claim = new ExceptionApprovalRecord { PeriodId = periodId, UserName = summary.EmployeeId, InstanceId = Guid.NewGuid().ToString("N"), StartedAt = clock.GetUtcNow() };
            db.ExceptionApprovals.Add(claim);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException)
            {
                db.Entry(claim).State = EntityState.Detached; // another close claimed it a moment ago
                return ((await db.ExceptionApprovals.AsNoTracking().FirstAsync(a => a.PeriodId == periodId && a.UserName == summary.EmployeeId, ct)).InstanceId, false);
            }
        }
        if (await db.ProcessInstances.AnyAsync(i => i.Id == claim.InstanceId, ct)) return (claim.InstanceId, false);
        await starter.StartAsync(claim.InstanceId, periodId, period, summary, ct);
        return (claim.InstanceId, true);
    }

    private async Task ClearResultsAsync(string periodId, CancellationToken ct)
    {
        await db.DayResults.Where(d => d.PeriodId == periodId).ExecuteDeleteAsync(ct);
        await db.PeriodSummaries.Where(d => d.PeriodId == periodId).ExecuteDeleteAsync(ct);
        await db.Deductions.Where(d => d.PeriodId == periodId).ExecuteDeleteAsync(ct);
    }

    /// <summary>Absence days already closed in each calendar year before this period, per employee (年度旷工累计).</summary>
    private async Task<Dictionary<string, IReadOnlyDictionary<int, decimal>>> EarlierAbsencesAsync(AttendancePeriod period, CancellationToken ct)
    {
        var from = new DateOnly(period.Start.Year, 1, 1);
        var rows = await db.DayResults.AsNoTracking().Where(d => d.Date >= from && d.Date < period.Start)
            .Select(d => new { d.UserName, d.Date, d.AbsentDays }).ToListAsync(ct);
        return rows.Where(r => r.AbsentDays > 0).GroupBy(r => r.UserName).ToDictionary(g => g.Key,
            g => (IReadOnlyDictionary<int, decimal>)g.GroupBy(r => r.Date.Year).ToDictionary(y => y.Key, y => y.Sum(r => r.AbsentDays)));
    }
}
