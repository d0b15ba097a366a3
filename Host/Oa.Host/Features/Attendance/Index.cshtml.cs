using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Features.Attendance.Rules;
using Oa.Host.Identity;

namespace Oa.Host.Features.Attendance;

/// <summary>我的考勤: my month (live while the period is open, as closed otherwise) and my punches. HR may view anyone.</summary>
public sealed class IndexModel(OaDbContext db, AttendanceRules rules, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    public AttendanceMonth.View? Month { get; private set; }
    public List<AttendanceApi.PunchView> Punches { get; private set; } = [];
    public string Who { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Who = string.IsNullOrEmpty(UserName) ? User.UserName() : UserName;
        if (Who != User.UserName() && !User.IsHr()) return Forbid();
        if (Period is not null && AttendanceData.ParsePeriod(Period, rules) is null) Period = null;
        Month = await AttendanceMonth.LoadAsync(db, rules, clock, Period, Who, ct);
        if (Month is null) return Page();
        var (from, to) = (Month.Start.ToDateTime(TimeOnly.MinValue), Month.End.AddDays(1).ToDateTime(TimeOnly.MinValue));
        Punches = await db.Punches.AsNoTracking().Where(p => p.UserName == Who && p.At >= from && p.At < to)
            .Select(p => new AttendanceApi.PunchView(p.At, p.Source, false)).ToListAsync(ct);
        var fixes = await db.PunchCorrections.AsNoTracking().Where(c => c.UserName == Who && c.Date >= Month.Start && c.Date <= Month.End).ToListAsync(ct);
        Punches.AddRange(fixes.Select(c => new AttendanceApi.PunchView(c.Date.ToDateTime(c.Time ?? TimeOnly.MinValue), "补卡", true)));
        Punches.Sort((a, b) => a.At.CompareTo(b.At));
        return Page();
    }

    public string Previous => Month is null ? "" : AttendanceData.PeriodId(AttendancePeriod.EndingIn(Month.End.AddMonths(-1).Year, Month.End.AddMonths(-1).Month, rules));
    public string Next => Month is null ? "" : AttendanceData.PeriodId(AttendancePeriod.EndingIn(Month.End.AddMonths(1).Year, Month.End.AddMonths(1).Month, rules));

    public static string KindText(string kind) => kind switch { "Workday" => "工作日", "RestDay" => "休息日", "Holiday" => "节假日", _ => kind };

    public static string StateText(string state) => state switch { "open" => "未结算", "closed" => "已结算", "confirmed" => "已确认", _ => state };
}
