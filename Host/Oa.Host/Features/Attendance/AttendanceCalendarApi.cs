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
/// 放假 or 上班), which replaces that year's listed days in one transaction. 2026 ships built in.
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
        hr.MapPost("/calendar/import", Import);
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

    /// <summary>A year's file, or no file and builtin=2026 to restore the shipped 2026 schedule.</summary>
    private static async Task<Results<Ok<int>, ValidationProblem>> Import(HttpRequest request, ClaimsPrincipal me, OaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!request.HasFormContentType) return errors.Add("file", "请以 multipart/form-data 上传 (multipart/form-data required)").ToResult();
        var form = await request.ReadFormAsync(ct);
        if (!int.TryParse(form["year"], out var year) || year is < 2000 or > 2100) errors.Add("year", "年份无效 (year is required)");
        var days = new List<(DateOnly Date, string Kind, string Name)>();
        if (form["builtin"] == "2026" && year == 2026)
            days.AddRange(ChinaHolidays2026.Days().Select(d => (d.Date, CalendarKinds.Of(d.Kind), d.Name)));
        else if (form.Files.GetFile("file") is { Length: > 0 and <= PunchFile.MaxBytes } file && PunchFile.IsSupported(file.FileName))
        {
            await using var stream = file.OpenReadStream();
            var rows = await PunchFile.ReadAsync(stream, file.FileName, ct);
            for (var i = 0; i < rows.Count; i++)
            {
                var date = PunchFile.DateOf(rows[i].TryGetValue("日期", out var d) ? d : null);
                var kind = KindOf(rows[i].TryGetValue("类型", out var k) ? k?.ToString() : null);
                if (date is null || kind is null || date.Value.Year != year) { errors.Add($"rows[{i + 2}]", "日期或类型无效，或不在所选年份 (bad date or kind, or another year)"); continue; }
                days.Add((date.Value, kind, rows[i].TryGetValue("名称", out var n) ? n?.ToString()?.Trim() ?? "" : ""));
            }
        }
        else errors.Add("file", "请上传 .xlsx 或 .csv 文件 (an .xlsx or .csv file is required)");
        if (errors.Any) return errors.ToResult();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.CalendarDays.Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31)).ExecuteDeleteAsync(ct);
        db.CalendarDays.AddRange(days.DistinctBy(d => d.Date).Select(d => new CalendarDayRecord
        {
            Date = d.Date, Kind = d.Kind, Name = d.Name.Length > 64 ? d.Name[..64] : d.Name, UpdatedBy = me.UserName(), UpdatedAt = clock.GetUtcNow(),
        }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return TypedResults.Ok(days.DistinctBy(d => d.Date).Count());
    }
}
