using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Attendance.Schedules;
using Oa.Host.Identity;

namespace Oa.Host.Features.Attendance;

/// <summary>排班: HR edits the working hours (总部 and each customer's) and who works which hours from when to when.</summary>
[Authorize(Policy = AttendanceAccess.Policy)]
public sealed class SchedulesModel(OaDbContext db, TimeProvider clock) : PageModel
{
    public List<ScheduleRecord> Schedules { get; private set; } = [];
    public List<(ScheduleSpanRecord Span, string? DisplayName)> Spans { get; private set; } = [];
    public List<string> Errors { get; } = [];
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Schedules = await db.Schedules.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);
        var spans = await db.ScheduleSpans.AsNoTracking().OrderBy(s => s.UserName).ThenBy(s => s.From).ToListAsync(ct);
        var users = spans.Select(s => s.UserName).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => users.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, ct);
        Spans = [.. spans.Select(s => (s, names.GetValueOrDefault(s.UserName)))];
    }

    public async Task<IActionResult> OnPostScheduleAsync(ScheduleBook.ScheduleInput input, CancellationToken ct)
    {
        var (_, errors) = await ScheduleBook.SaveScheduleAsync(db, input, ct);
        return await AfterAsync(errors.Any ? Flatten(errors) : null, "作息已保存", ct);
    }

    public async Task<IActionResult> OnPostDeleteScheduleAsync(string id, CancellationToken ct) =>
        await AfterAsync(await ScheduleBook.DeleteScheduleAsync(db, id, ct) is { } why ? [why] : null, "作息已删除", ct);

    public async Task<IActionResult> OnPostSpanAsync(ScheduleBook.SpanInput input, CancellationToken ct)
    {
        var (_, errors) = await ScheduleBook.AddSpanAsync(db, input, User.UserName(), clock, ct);
        return await AfterAsync(errors.Any ? Flatten(errors) : null, "排班已添加", ct);
    }

    public async Task<IActionResult> OnPostDeleteSpanAsync(long id, CancellationToken ct)
    {
        await ScheduleBook.DeleteSpanAsync(db, id, ct);
        return await AfterAsync(null, "排班已删除", ct);
    }

    private async Task<IActionResult> AfterAsync(IEnumerable<string>? errors, string done, CancellationToken ct)
    {
        if (errors is null) { Message = done; return RedirectToPage(); }
        Errors.AddRange(errors);
        await OnGetAsync(ct);
        return Page();
    }

    private static IEnumerable<string> Flatten(Shared.FieldErrors errors) => errors.ToDictionary().SelectMany(e => e.Value);
}
