using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Oa.Host.Data;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Payroll;

/// <summary>
/// The payroll sheet of a period as .xlsx: 工资表 (one row per person, a column per kind, totals per department and
/// overall) and 明细 (every line with its run number, adjustments marked).
/// </summary>
public static class PayrollSheet
{
    public static async Task<Results<FileContentHttpResult, NotFound>> Export(string period, OaDbContext db, OrgCache orgCache, CancellationToken ct)
    {
        var items = await db.PayrollItems.AsNoTracking().Where(i => i.PeriodId == period).ToListAsync(ct);
        if (items.Count == 0) return TypedResults.NotFound();
        var org = await orgCache.GetAsync(ct);
        var sheet = new List<Dictionary<string, object?>>();
        foreach (var dept in items.GroupBy(i => i.DepartmentId).OrderBy(g => org.DepartmentPath(g.Key), StringComparer.Ordinal))
        {
            var deptName = org.DepartmentPath(dept.Key);
            foreach (var person in dept.GroupBy(i => i.UserName).OrderBy(g => g.Key, StringComparer.Ordinal))
                sheet.Add(Row(deptName, org.GetUser(person.Key)?.DisplayName ?? person.Key, person.Key, person));
            sheet.Add(Row(deptName, "部门合计", "", dept));
        }
        sheet.Add(Row("", "总计", "", items));
        var detail = items.OrderBy(i => i.UserName, StringComparer.Ordinal).ThenBy(i => i.Id).Select(i => new Dictionary<string, object?>
        {
            ["部门"] = org.DepartmentPath(i.DepartmentId), ["姓名"] = org.GetUser(i.UserName)?.DisplayName ?? i.UserName, ["项目"] = PayrollKinds.Label(i.Kind),
            ["金额"] = i.Amount, ["说明"] = i.Text, ["调整"] = i.Adjustment ? "是" : "", ["批次"] = i.RunNo, ["核算人"] = i.CreatedBy,
        }).ToList();
        using var ms = new MemoryStream();
        await ms.SaveAsAsync(new Dictionary<string, object> { ["工资表"] = sheet, ["明细"] = detail }, cancellationToken: ct);
        return TypedResults.File(ms.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"payroll-{period}.xlsx");
    }

    private static Dictionary<string, object?> Row(string dept, string name, string user, IEnumerable<Data.Attendance.PayrollItemRecord> items)
    {
        var row = new Dictionary<string, object?> { ["部门"] = dept, ["姓名"] = name, ["用户名"] = user };
        foreach (var (kind, label) in PayrollKinds.All) row[label] = items.Where(i => i.Kind == kind).Sum(i => i.Amount);
        row["合计"] = items.Sum(i => i.Amount);
        return row;
    }
}
