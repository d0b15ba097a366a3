using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Attendance.Import;
using Oa.Host.Features.Attendance.Rules;
using Oa.Host.Features.Shared;
using Oa.Host.Identity;

namespace Oa.Host.Features.Attendance;

/// <summary>
/// The working calendar: HR sets or clears single days and imports a whole year (a sheet of 日期 | 类型 | 名称, 类型 being
/// 放假 or 上班; see <see cref="CalendarImport"/>), previewed first. 2026 ships built in.
/// </summary>
public static class AttendanceCalendarApi
{
    public sealed record DayBody(string? Kind, string? Name);

    public static void Map(RouteGroupBuilder hr)
    {
        hr.MapGet("/calendar", async (int? year, OaDbContext db, CancellationToken ct) =>
        {
            var y = year ?? DateTime.Today.Year;
            var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            return TypedResults.Ok(await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(ct));
        });
        hr.MapPut("/calendar/{date}", SetDay);
        hr.MapDelete("/calendar/{date}", async Task<Results<NoContent, NotFound>> (DateOnly date, OaDbContext db, CancellationToken ct) =>
            await db.CalendarDays.Where(d => d.Date == date).ExecuteDeleteAsync(ct) > 0 ? TypedResults.NoContent() : TypedResults.NotFound());
        hr.MapPost("/calendar/preview", (HttpRequest r, ClaimsPrincipal me, OaDbContext db, TimeProvider clock, CancellationToken ct) => Import(r, false, me, db, clock, ct));
        hr.MapPost("/calendar/import", (HttpRequest r, ClaimsPrincipal me, OaDbContext db, TimeProvider clock, CancellationToken ct) => Import(r, true, me, db, clock, ct));
    }

    private static async Task<Results<Ok<CalendarDayRecord>, ValidationProblem>> SetDay(DateOnly date, DayBody body, ClaimsPrincipal me, OaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var kind = KindOf(body.Kind);
        if (kind is null) return new FieldErrors().Add("kind", "类型应为 holiday（放假）或 workday（上班） (kind must be holiday or workday)").ToResult();
        var row = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == date, ct);
        if (row is null) db.CalendarDays.Add(row = new CalendarDayRecord { Date = date });
        row.Kind = kind;
        row.Name = (body.Name ?? "").Trim() is { Length: > 0 } n ? n[..Math.Min(64, n.Length)] : kind == CalendarKinds.Holiday ? "假日" : "调休上班";
        row.UpdatedBy = me.UserName();
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(row);
    }

    public static string? KindOf(string? text) => text?.Trim() switch
    {
        "holiday" or "放假" or "假日" or "节假日" => CalendarKinds.Holiday,
        "workday" or "上班" or "调休上班" or "补班" => CalendarKinds.Workday,
        _ => null,
    };

    /// <summary>
    /// A year's file (or builtin=2026 for the shipped schedule): /calendar/preview says what would change and lists bad
    /// rows; /calendar/import applies it, refusing the whole file if any row is bad.
    /// </summary>
    private static async Task<Results<Ok<CalendarImport.Preview>, ValidationProblem>> Import(HttpRequest request, bool commit, ClaimsPrincipal me, OaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!request.HasFormContentType) return errors.Add("file", "请以 multipart/form-data 上传 (multipart/form-data required)").ToResult();
        var form = await request.ReadFormAsync(ct);
        if (!int.TryParse(form["year"], out var year) || year is < 2000 or > 2100) return errors.Add("year", "年份无效 (year is required)").ToResult();
        List<CalendarImport.Day> days;
        List<CalendarImport.RowError> rowErrors = [];
        if (form["builtin"] == "2026" && year == 2026) days = CalendarImport.Builtin2026();
        else if (form.Files.GetFile("file") is { Length: > 0 and <= PunchFile.MaxBytes } file && PunchFile.IsSupported(file.FileName))
        {
            try
            {
                await using var stream = file.OpenReadStream();
                (days, rowErrors) = await CalendarImport.ReadAsync(stream, file.FileName, year, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return errors.Add("file", "文件无法读取，请确认是有效的 Excel/CSV (the file could not be read)").ToResult();
            }
        }
        else return errors.Add("file", "请上传 .xlsx 或 .csv 文件 (an .xlsx or .csv file is required)").ToResult();

        if (!commit) return TypedResults.Ok(await CalendarImport.CompareAsync(db, year, days, rowErrors, ct));
        foreach (var e in rowErrors) errors.Add($"rows[{e.Row}]", e.Reason);
        if (errors.Any) return errors.ToResult();
        return TypedResults.Ok(await CalendarImport.ApplyAsync(db, year, days, me.UserName(), clock, ct));
    }
}
