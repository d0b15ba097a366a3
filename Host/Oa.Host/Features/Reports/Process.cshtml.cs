using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Oa.Host.Features.Reports;

/// <summary>One process's report: volume by month, status breakdown, node durations (bottleneck), overdue, workload.</summary>
public sealed class ReportsProcessModel(ProcessReports reports) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    public ProcessReports.Report Report { get; private set; } = null!;
    public bool BadPeriod { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        var (scope, org) = await reports.ScopeAsync(User, ct);
        if (scope.IsEmpty) return Forbid();
        var period = ReportsApi.ParsePeriod(From, To);
        BadPeriod = period is null;
        if (await reports.ForProcessAsync(scope, org, key, period ?? new(null, null), ct) is not { } report) return NotFound();
        Report = report;
        return Page();
    }
}
