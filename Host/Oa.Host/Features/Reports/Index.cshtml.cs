using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Oa.Host.Features.Reports;

/// <summary>报表: the processes the caller may report on, with their volume, running and overdue counts in the period.</summary>
public sealed class ReportsIndexModel(ProcessReports reports) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    public IReadOnlyList<ProcessReports.ProcessLine> Lines { get; private set; } = [];
    public bool BadPeriod { get; private set; }
    public string ScopeText { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (scope, _) = await reports.ScopeAsync(User, ct);
        if (scope.IsEmpty) return Forbid();
        ScopeText = ReportText.Scope(scope);
        if (ReportsApi.ParsePeriod(From, To) is not { } period) { BadPeriod = true; return Page(); }
        Lines = await reports.ProcessesAsync(scope, period, ct);
        return Page();
    }
}
