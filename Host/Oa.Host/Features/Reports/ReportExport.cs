using System.Security.Claims;
using MiniExcelLibs;
using Oa.Host.Features.Ledgers;

namespace Oa.Host.Features.Reports;

/// <summary>
/// GET /api/reports/processes/{key}/export: the report's tables as one .xlsx with a sheet each (月度发起量, 状态分布,
/// 节点耗时, 审批人工作量), computed over the same scope and period as the page, so the file holds no more than the screen.
/// </summary>
public static class ReportExport
{
    public static async Task<IResult> Export(string key, string? from, string? to, ClaimsPrincipal user, ProcessReports reports, CancellationToken ct)
    {
        if (ReportsApi.ParsePeriod(from, to) is not { } period) return ReportsApi.PeriodErrors(from, to).ToResult();
        var (scope, org) = await reports.ScopeAsync(user, ct);
        if (scope.IsEmpty) return TypedResults.Forbid();
        if (await reports.ForProcessAsync(scope, org, key, period, ct) is not { } report) return TypedResults.NotFound();

        var f = report.Figures;
        var sheets = new Dictionary<string, object>
        {
            ["月度发起量"] = f.Months.Select(m => new Dictionary<string, object?> { ["月份"] = m.Month, ["发起量"] = m.Count }).ToList(),
            ["状态分布"] = f.Statuses.Select(s => new Dictionary<string, object?> { ["状态"] = s.Label, ["数量"] = s.Count }).ToList(),
            ["节点耗时"] = f.Nodes.Select(n => new Dictionary<string, object?>
            {
                ["节点"] = n.Name, ["节点ID"] = n.ElementId, ["已处理"] = n.Completed, ["处理中"] = n.Open,
                ["平均耗时(小时)"] = n.AverageHours, ["P90耗时(小时)"] = n.P90Hours, ["超时"] = n.Overdue,
                ["瓶颈"] = f.Bottleneck?.ElementId == n.ElementId ? "是" : "",
            }).ToList(),
            ["审批人工作量"] = f.Approvers.Select(a => new Dictionary<string, object?>
            {
                ["审批人"] = a.Name, ["用户名"] = a.UserName, ["待办"] = a.Open, ["已办"] = a.Done,
                ["平均处理时长(小时)"] = a.AverageHours, ["超时"] = a.Overdue,
            }).ToList(),
        };
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        stream.Position = 0;
        return TypedResults.File(stream, LedgerExport.ContentType, $"report-{report.Key}-{DateTime.UtcNow:yyyyMMdd}.xlsx");
    }
}
