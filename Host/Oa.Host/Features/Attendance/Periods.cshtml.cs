using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Attendance.Close;
using Oa.Host.Features.Attendance.Rules;
using Oa.Host.Features.Org;
using Oa.Host.Features.Payroll;
using Oa.Host.Identity;

namespace Oa.Host.Features.Attendance;

/// <summary>考勤结算: close now, confirm, re-open (with a reason), the department report with Excel export, and payments.</summary>
[Authorize(Policy = AttendanceAccess.Policy)]
public sealed class PeriodsModel(OaDbContext db, AttendanceRules rules, TimeProvider clock, OrgCache orgCache) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [TempData] public string? Message { get; set; }
    public List<(string Id, AttendancePeriod Period, AttendancePeriodRecord? Row)> Periods { get; } = [];
    public List<PeriodSummaryRecord> Summaries { get; private set; } = [];
    public List<PeriodAuditRecord> Audit { get; private set; } = [];
    public OrgSnapshot Org { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Org = await orgCache.GetAsync(ct);
        var rows = await db.AttendancePeriods.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        var today = AttendanceClock.Today(clock);
        for (var i = 0; i < 12; i++)
        {
            var p = AttendanceMonth.Containing(today.AddMonths(-i), rules);
            var id = AttendanceData.PeriodId(p);
            if (Periods.All(x => x.Id != id)) Periods.Add((id, p, rows.GetValueOrDefault(id)));
        }
        Id ??= Periods.FirstOrDefault(p => p.Row is not null).Id;
        if (Id is null) return;
        var q = db.PeriodSummaries.AsNoTracking().Where(s => s.PeriodId == Id);
        if (!string.IsNullOrEmpty(Department)) q = q.Where(s => s.DepartmentId == Department);
        Summaries = await q.OrderBy(s => s.DepartmentId).ThenBy(s => s.UserName).ToListAsync(ct);
        Audit = await db.PeriodAudit.AsNoTracking().Where(a => a.PeriodId == Id).OrderBy(a => a.Id).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(string id, string action, string? reason, CancellationToken ct)
    {
        var services = HttpContext.RequestServices;
        Message = action switch
        {
            "close" => await services.GetRequiredService<PeriodCloser>().CloseAsync(id, User.UserName(), ct) switch
            {
                PeriodCloser.Closed c => $"已结算：{c.Employees} 人，{c.WithAnomalies} 人异常，{c.ApprovalsQueued} 个异常考勤审批已排队，稍后自动发起",
                PeriodCloser.Refused r => r.Reason,
                var o => o.ToString(),
            },
            "confirm" => Text(await services.GetRequiredService<PeriodReview>().ConfirmAsync(id, User.UserName(), ct)),
            "reopen" => Text(await services.GetRequiredService<PeriodReview>().ReopenAsync(id, User.UserName(), reason, ct)),
            "pay" => await services.GetRequiredService<PaymentsRun>().RunAsync(id, User.UserName(), ct) switch
            {
                PaymentsRun.Ran r => $"薪酬核算完成：新增 {r.Added} 条，调整 {r.Adjustments} 条，合计 {r.Total:0.00} 元",
                PaymentsRun.Refused r => r.Reason,
                var o => o.ToString(),
            },
            _ => "未知操作",
        };
        return RedirectToPage(new { id });
    }

    private static string Text(PeriodReview.Outcome o) => o switch
    {
        PeriodReview.Done d => d.State == AttendancePeriodRecord.Confirmed ? $"已确认（免责 {d.Excused} 条，仍在审批 {d.StillRunning} 个）" : "已重新打开",
        PeriodReview.Refused r => r.Reason,
        _ => "未找到该周期",
    };
}
