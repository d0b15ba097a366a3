namespace Oa.Host.Features.Reports;

/// <summary>Words the report pages share.</summary>
public static class ReportText
{
    public static string Scope(ReportScope scope) =>
        scope.All ? "全部流程" : scope.ProcessKeys.Count > 0 && scope.Departments.Count > 0 ? "我管理的流程及本部门发起的申请"
            : scope.ProcessKeys.Count > 0 ? "我管理的流程" : "本部门及下级发起的申请";

    public static string Hours(double? hours) => hours is null ? "—" : hours.Value.ToString("0.##");

    public static string Query(string? from, string? to)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(from)) parts.Add("from=" + Uri.EscapeDataString(from));
        if (!string.IsNullOrWhiteSpace(to)) parts.Add("to=" + Uri.EscapeDataString(to));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
