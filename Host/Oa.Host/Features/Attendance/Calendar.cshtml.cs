using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Attendance.Import;
using Oa.Host.Identity;

namespace Oa.Host.Features.Attendance;

/// <summary>
/// 工作日历: HR lists a year's holidays and make-up days, sets or clears a day, and imports a year: the file is read and
/// previewed, and the previewed days travel back in a hidden field to be applied, so HR applies exactly what they saw.
/// </summary>
[Authorize(Policy = AttendanceAccess.Policy)]
public sealed class CalendarModel(OaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public List<CalendarDayRecord> Days { get; private set; } = [];
    public string? Error { get; private set; }
    public CalendarImport.Preview? Preview { get; private set; }
    public string? PreviewJson { get; private set; }
    [TempData] public string? Message { get; set; }

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

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken ct)
    {
        if (Year is not { } year || file is null || file.Length is 0 or > PunchFile.MaxBytes || !PunchFile.IsSupported(file.FileName))
        { Error = "请选择年份并上传 .xlsx 或 .csv 文件"; await OnGetAsync(ct); return Page(); }
        try
        {
            await using var stream = file.OpenReadStream();
            var (days, errors) = await CalendarImport.ReadAsync(stream, file.FileName, year, ct);
            Preview = await CalendarImport.CompareAsync(db, year, days, errors, ct);
            if (errors.Count == 0) PreviewJson = System.Text.Json.JsonSerializer.Serialize(days);
        }
        catch (Exception ex) when (ex is not OperationCanceledException) { Error = "文件无法读取，请确认是有效的 Excel/CSV"; }
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(string? days, CancellationToken ct)
    {
        List<CalendarImport.Day>? list = null;
        try { list = days is null ? null : System.Text.Json.JsonSerializer.Deserialize<List<CalendarImport.Day>>(days); }
        catch (System.Text.Json.JsonException) { }
        // The hidden field comes back from the browser: check it as strictly as a file.
        if (Year is not { } year || list is null || list.Any(d => d.Date.Year != year || AttendanceCalendarApi.KindOf(d.Kind) is null || d.Name is null or { Length: > 64 }))
        { Error = "导入数据无效，请重新预览"; await OnGetAsync(ct); return Page(); }
        var done = await CalendarImport.ApplyAsync(db, year, list.DistinctBy(d => d.Date).ToList(), User.UserName(), clock, ct);
        Message = $"已导入：新增 {done.Added}，修改 {done.Changed}，删除 {done.Removed}，不变 {done.Unchanged}";
        return RedirectToPage(new { year });
    }
}
