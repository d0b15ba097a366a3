using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Identity;

namespace Oa.Host.Features.Attendance;

/// <summary>工作日历: HR lists a year's holidays and make-up days, sets or clears a day. Yearly import: the API.</summary>
[Authorize(Policy = AttendanceAccess.Policy)]
public sealed class CalendarModel(OaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public List<CalendarDayRecord> Days { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year ??= AttendanceClock.Today(clock).Year;
        var (from, to) = (new DateOnly(Year.Value, 1, 1), new DateOnly(Year.Value, 12, 31));
        Days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostSetAsync(DateOnly? date, string? kind, string? name, CancellationToken ct)
    {
        var stored = AttendanceCalendarApi.KindOf(kind);
        if (date is null || stored is null) { Error = "请填写日期并选择类型"; await OnGetAsync(ct); return Page(); }
        var row = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == date, ct);
        if (row is null) db.CalendarDays.Add(row = new CalendarDayRecord { Date = date.Value });
        row.Kind = stored;
        row.Name = string.IsNullOrWhiteSpace(name) ? (stored == CalendarKinds.Holiday ? "假日" : "调休上班") : name.Trim()[..Math.Min(64, name.Trim().Length)];
        row.UpdatedBy = User.UserName();
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { year = date.Value.Year });
    }

    public async Task<IActionResult> OnPostClearAsync(DateOnly date, CancellationToken ct)
    {
        await db.CalendarDays.Where(d => d.Date == date).ExecuteDeleteAsync(ct);
        return RedirectToPage(new { year = date.Year });
    }
}
