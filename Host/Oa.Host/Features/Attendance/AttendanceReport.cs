using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Oa.Host.Data;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Attendance;

/// <summary>The department report of a closed period as .xlsx: one row per employee, a total row per department.</summary>
public static class AttendanceReport
{
    public static async Task<Results<FileContentHttpResult, NotFound>> Export(string id, string? department, OaDbContext db, OrgCache orgCache, CancellationToken ct)
    {
        var q = db.PeriodSummaries.AsNoTracking().Where(s => s.PeriodId == id);
        if (!string.IsNullOrEmpty(department)) q = q.Where(s => s.DepartmentId == department);
        var rows = await q.ToListAsync(ct);
        if (rows.Count == 0) return TypedResults.NotFound();
        var org = await orgCache.GetAsync(ct);
        var sheet = new List<Dictionary<string, object?>>();
        foreach (var dept in rows.GroupBy(r => r.DepartmentId).OrderBy(g => org.DepartmentPath(g.Key), StringComparer.Ordinal))
        {
            var name = org.DepartmentPath(dept.Key);
            foreach (var s in dept.OrderBy(s => s.UserName, StringComparer.Ordinal))
                sheet.Add(Row(name, s.DisplayName, s.UserName, s.RequiredWorkdays, s.AttendedDays, s.LateCount, s.LateMinutes, s.EarlyCount, s.EarlyMinutes,
                    s.MissedPunches, s.AbsentDays, s.ExcusedDays, s.WorkdayOvertimeMinutes + s.RestDayOvertimeMinutes + s.HolidayOvertimeMinutes, s.TotalDeduction,
                    s.DismissalReview ? "年度旷工满3天" : ""));
            sheet.Add(Row(name, "部门合计", "", dept.Sum(s => s.RequiredWorkdays), dept.Sum(s => s.AttendedDays), dept.Sum(s => s.LateCount), dept.Sum(s => s.LateMinutes),
                dept.Sum(s => s.EarlyCount), dept.Sum(s => s.EarlyMinutes), dept.Sum(s => s.MissedPunches), dept.Sum(s => s.AbsentDays), dept.Sum(s => s.ExcusedDays),
                dept.Sum(s => s.WorkdayOvertimeMinutes + s.RestDayOvertimeMinutes + s.HolidayOvertimeMinutes), dept.Sum(s => s.TotalDeduction), ""));
        }
        using var ms = new MemoryStream();
        await ms.SaveAsAsync(sheet, sheetName: "考勤汇总", cancellationToken: ct);
        return TypedResults.File(ms.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"attendance-{id}.xlsx");
    }

    private static Dictionary<string, object?> Row(string dept, string name, string user, int workdays, decimal attended, int lates, int lateMin, int earlies, int earlyMin,
        int missed, decimal absent, decimal excused, int overtimeMin, decimal deduction, string flag) => new()
    {
        ["部门"] = dept, ["姓名"] = name, ["用户名"] = user, ["应出勤天数"] = workdays, ["实际出勤天数"] = attended, ["迟到次数"] = lates, ["迟到分钟"] = lateMin,
        ["早退次数"] = earlies, ["早退分钟"] = earlyMin, ["忘签次数"] = missed, ["旷工天数"] = absent, ["请假/出差天数"] = excused,
        ["加班分钟"] = overtimeMin, ["扣款合计"] = deduction, ["备注"] = flag,
    };
}
