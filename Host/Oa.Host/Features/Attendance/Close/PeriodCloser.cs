using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Features.Attendance.Close;

/// <summary>
/// Closes an attendance period: evaluates every employee's days, stores day results, summaries and itemised
/// deductions (replacing those of an earlier close of the same period) and queues one 异常考勤审批 per employee with
/// anomalies, all in one transaction; <see cref="StartExceptionApprovalsJob"/> starts the queued approvals right after,
/// in the background. Re-running is safe: results are recomputed from the same inputs and an employee who already has
/// an approval for the period gets no second one. A confirmed period is fixed and is not closed again.
/// </summary>
/// <remarks>
/// Starting the approvals inside the close was ~60 % of its CPU (480 engine starts for 2,000 employees) on the caller's
/// thread; HR's request now ends when the results are stored. The rows go in as multi-row INSERTs (47 k day results for
/// 2,000 employees were 47 k single-row commands through EF's change tracker) on other providers, and as one prepared
/// statement re-executed per row on SQLite (<see cref="ManyRowsInsert"/>).
/// </remarks>
public sealed class PeriodCloser(OaDbContext db, ExceptionApprovalQueue approvals, AttendanceRules rules, TimeProvider clock, ILogger<PeriodCloser> log)
{
    public abstract record Outcome;
    /// <param name="ApprovalsQueued">异常考勤审批 this close left for the approvals job to start (none for an employee whose approval of the period already exists).</param>
    public sealed record Closed(string PeriodId, int Employees, int WithAnomalies, int ApprovalsQueued) : Outcome;
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

        // Each employee gets only their own rows: the evaluator filters by employee, and scanning all punches of the
        // period for every employee-day (2,000 × 31 × 91 k) was half of the close's time.
        var punchesOf = punches.ToLookup(p => p.EmployeeId, StringComparer.Ordinal);
        var absencesOf = absences.ToLookup(a => a.EmployeeId, StringComparer.Ordinal);
        var correctionsOf = corrections.ToLookup(c => c.EmployeeId, StringComparer.Ordinal);
        var results = new List<(PeriodSummary Summary, PeriodSummaryRecord Record, IReadOnlyList<DayResult> Days)>();
        foreach (var (employee, name, dept) in employees)
        {
            var days = DayEvaluator.EvaluatePeriod(period, employee, calendar, rules, [.. punchesOf[employee.Id]], [.. absencesOf[employee.Id]], [.. correctionsOf[employee.Id]]);
            if (days.Count == 0) continue; // joined after the period or left before it
            var summary = PeriodCalculator.Close(period, employee, days, rules, earlier.GetValueOrDefault(employee.Id));
            results.Add((summary, StoredResults.ToRecord(periodId, name, dept, summary, days), days));
        }

        int queued;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await ClearResultsAsync(periodId, ct);
            queued = await ClaimApprovalsAsync(periodId, period, results, ct);
            PeriodRows.Transition(db, row, AttendancePeriodRecord.Closed, "close", user, null, clock);
            row.ClosedAt = clock.GetUtcNow();
            row.ClosedBy = user;
            // The period row (its Version) and the claims first: a concurrent close fails here, before writing any result.
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException)
            {
                // A concurrent close (HR's button while the job runs) won the period's Version; nothing of ours is kept.
                return new Refused("该周期正在由另一个操作结算，请稍后刷新 (another close of this period is running)");
            }
            await db.InsertManyAsync(results.SelectMany(r => r.Days.Select(d => StoredResults.ToRecord(periodId, r.Summary.EmployeeId, d))).ToList(), ct);
            await db.InsertManyAsync(results.Select(r => r.Record).ToList(), ct);
            await db.InsertManyAsync(results.SelectMany(r => StoredResults.ToRecords(periodId, r.Summary)).ToList(), ct);
            await tx.CommitAsync(ct);
        }
        if (queued > 0) await approvals.KickAsync(ct);
        var withAnomalies = results.Count(r => r.Summary.HasAnomalies);
        log.LogInformation("Closed attendance {Period}: {Employees} employees, {Anomalies} with anomalies, {Queued} approvals queued",
            periodId, results.Count, withAnomalies, queued);
        return new Closed(periodId, results.Count, withAnomalies, queued);
    }

    /// <summary>
    /// Claims the (period, employee) row with the id the instance will have and the form data to start it with, in the
    /// close's transaction: a second close, a second node or a crash before the approvals job never yields two
    /// approvals, and a claim whose instance does not exist yet is started by the job (under the claimed id).
    /// </summary>
    private async Task<int> ClaimApprovalsAsync(string periodId, AttendancePeriod period,
        List<(PeriodSummary Summary, PeriodSummaryRecord Record, IReadOnlyList<DayResult> Days)> results, CancellationToken ct)
    {
        // Tracked: a claim whose approval has not started yet (the job has not run, or crashed) gets this close's data.
        var claims = await db.ExceptionApprovals.Where(a => a.PeriodId == periodId)
            .Select(a => new { Claim = a, Started = db.ProcessInstances.Any(i => i.Id == a.InstanceId) }).ToListAsync(ct);
        var byUser = claims.ToDictionary(c => c.Claim.UserName, StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var queued = 0;
        foreach (var (summary, record, _) in results.Where(r => r.Summary.HasAnomalies))
        {
            var data = ExceptionApprovalStarter.FormData(period, summary).ToJsonString();
            if (byUser.TryGetValue(summary.EmployeeId, out var known))
            {
                record.ExceptionInstanceId = known.Claim.InstanceId;
                if (known.Started) continue;
                known.Claim.StartDataJson = data;
            }
            else
            {
                var claim = new ExceptionApprovalRecord { PeriodId = periodId, UserName = summary.EmployeeId, InstanceId = Guid.NewGuid().ToString("N"), StartedAt = now, StartDataJson = data };
                db.ExceptionApprovals.Add(claim);
                record.ExceptionInstanceId = claim.InstanceId;
            }
            queued++;
        }
        return queued;
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
