using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Features.Attendance;
using Oa.Host.Features.Attendance.Close;
using Oa.Host.Features.Attendance.Rules;
using Quartz;

namespace Oa.Host.Jobs;

/// <summary>
/// 考勤周期：上月26-本月25日 — on the 26th the period that ended yesterday is closed as the system. A period HR has
/// already handled (closed by hand, confirmed or re-opened: any audit entry) is left to HR, so the job never undoes a
/// re-opening. The close itself is idempotent, which is what makes the catch-up misfire policy safe.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CloseAttendancePeriodJob(IServiceScopeFactory scopes, AttendanceRules rules, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("close-attendance-period", "attendance");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        var yesterday = AttendanceClock.Today(clock).AddDays(-1);
        var period = AttendanceMonth.Containing(yesterday, rules);
        var id = AttendanceData.PeriodId(period);
        if (period.End > yesterday) { context.Result = $"{id} 尚未结束"; return; }
        if (await db.PeriodAudit.AnyAsync(a => a.PeriodId == id, cancellationToken)) { context.Result = $"{id} 已由人事处理，跳过"; return; }
        var outcome = await scope.ServiceProvider.GetRequiredService<PeriodCloser>().CloseAsync(id, "system", cancellationToken);
        context.Result = outcome switch
        {
            PeriodCloser.Closed c => $"{id}: {c.Employees} 人，{c.WithAnomalies} 人异常，{c.ApprovalsQueued} 个异常考勤审批排队发起",
            PeriodCloser.Refused r => $"{id}: {r.Reason}",
            _ => outcome.ToString(),
        };
    }
}
