using System.Globalization;
using System.Security.Claims;
using Oa.Host.Features.Shared;

namespace Oa.Host.Features.Reports;

/// <summary>
/// /api/reports: process reports over the caller's <see cref="ReportScope"/>. Someone with no scope at all gets 403;
/// a process outside the scope is 404 (it does not tell whether such a process exists).
/// Period: <c>from</c>/<c>to</c> as yyyy-MM-dd on the start date, both optional.
/// </summary>
public static class ReportsApi
{
    public static void MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTags("Reports");
        api.MapGet("/processes", Processes);
        api.MapGet("/processes/{key}", Process);
        api.MapGet("/processes/{key}/export", ReportExport.Export);
        api.MapGet("/dashboard", Dashboard);
    }

    private static async Task<IResult> Processes(string? from, string? to, ClaimsPrincipal user, ProcessReports reports, CancellationToken ct)
    {
        if (ParsePeriod(from, to) is not { } period) return PeriodErrors(from, to).ToResult();
        var (scope, _) = await reports.ScopeAsync(user, ct);
        if (scope.IsEmpty) return TypedResults.Forbid();
        return TypedResults.Ok(await reports.ProcessesAsync(scope, period, ct));
    }

    private static async Task<IResult> Process(string key, string? from, string? to, ClaimsPrincipal user, ProcessReports reports, CancellationToken ct)
    {
        if (ParsePeriod(from, to) is not { } period) return PeriodErrors(from, to).ToResult();
        var (scope, org) = await reports.ScopeAsync(user, ct);
        if (scope.IsEmpty) return TypedResults.Forbid();
        return await reports.ForProcessAsync(scope, org, key, period, ct) is { } report ? TypedResults.Ok(report) : TypedResults.NotFound();
    }

    private static async Task<IResult> Dashboard(ClaimsPrincipal user, ManagerDashboard dashboard, CancellationToken ct) =>
        await dashboard.ForAsync(user, ct) is { } figures ? TypedResults.Ok(figures) : TypedResults.Forbid();

    public static ProcessReports.Period? ParsePeriod(string? from, string? to)
    {
        if (!TryDate(from, out var f) || !TryDate(to, out var t)) return null;
        if (f is not null && t is not null && f > t) return null;
        return new ProcessReports.Period(f, t);
    }

    public static FieldErrors PeriodErrors(string? from, string? to)
    {
        var errors = new FieldErrors();
        if (!TryDate(from, out var f)) errors.Add("from", "日期格式应为 yyyy-MM-dd (from must be yyyy-MM-dd)");
        if (!TryDate(to, out var t)) errors.Add("to", "日期格式应为 yyyy-MM-dd (to must be yyyy-MM-dd)");
        if (f is not null && t is not null && f > t) errors.Add("to", "结束日期早于开始日期 (to is before from)");
        return errors;
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }
}
