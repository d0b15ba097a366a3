using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Features.Attendance.Close;
using Oa.Host.Features.Attendance.Import;
using Oa.Host.Features.Shared;
using Oa.Host.Identity;

namespace Oa.Host.Features.Attendance;

/// <summary>/api/attendance: everyone sees their own punches and month; HR imports, closes, confirms and re-opens.</summary>
public static class AttendanceApi
{
    public sealed record ReopenBody(string? Reason);

    public static void MapAttendanceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/attendance").WithTags("Attendance");
        api.MapGet("/punches", Punches);
        api.MapGet("/month", AttendanceMonth.Get);

        var hr = api.MapGroup("").RequireAuthorization(AttendanceAccess.Policy);
        hr.MapPost("/punches/preview", (HttpRequest r, PunchImporter i, CancellationToken ct) => Import(r, i, false, ct));
        hr.MapPost("/punches/import", (HttpRequest r, PunchImporter i, CancellationToken ct) => Import(r, i, true, ct));
        hr.MapGet("/periods", Periods);
        hr.MapPost("/periods/{id}/close", Close);
        hr.MapPost("/periods/{id}/confirm", async (string id, ClaimsPrincipal me, PeriodReview review, CancellationToken ct) =>
            Review(await review.ConfirmAsync(id, me.UserName(), ct)));
        hr.MapPost("/periods/{id}/reopen", async (string id, ReopenBody body, ClaimsPrincipal me, PeriodReview review, CancellationToken ct) =>
            string.IsNullOrWhiteSpace(body.Reason) ? new FieldErrors().Add("reason", "重新打开需要填写原因 (a reason is required)").ToResult()
                : Review(await review.ReopenAsync(id, me.UserName(), body.Reason, ct)));
        hr.MapGet("/periods/{id}/summaries", Summaries);
        hr.MapGet("/periods/{id}/export", AttendanceReport.Export);
        AttendanceCalendarApi.Map(hr);
        Schedules.SchedulesApi.Map(hr);
    }

    /// <summary>Own punches; HR may ask for anyone's.</summary>
    private static async Task<Results<Ok<List<PunchView>>, ForbidHttpResult, ValidationProblem>> Punches(
        ClaimsPrincipal me, OaDbContext db, string? user, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var who = string.IsNullOrEmpty(user) ? me.UserName() : user;
        if (!string.Equals(who, me.UserName(), StringComparison.OrdinalIgnoreCase) && !me.IsHr()) return TypedResults.Forbid();
        var end = to ?? DateOnly.FromDateTime(DateTime.Today);
        var start = from ?? end.AddDays(-31);
        if (start > end || end.DayNumber - start.DayNumber > 366)
            return new FieldErrors().Add("from", "查询范围应在一年以内且起始不晚于结束 (range must be at most a year, from ≤ to)").ToResult();
        var (a, b) = (start.ToDateTime(TimeOnly.MinValue), end.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var punches = await db.Punches.AsNoTracking().Where(p => p.UserName == who && p.At >= a && p.At < b)
            .Select(p => new PunchView(p.At, p.Source, false)).ToListAsync(ct);
        var fixes = await db.PunchCorrections.AsNoTracking().Where(c => c.UserName == who && c.Date >= start && c.Date <= end).ToListAsync(ct);
        punches.AddRange(fixes.Select(c => new PunchView(c.Date.ToDateTime(c.Time ?? TimeOnly.MinValue), "补卡:" + c.Slot, true)));
        return TypedResults.Ok(punches.OrderBy(p => p.At).ToList());
    }

    public sealed record PunchView(DateTime At, string Source, bool Correction);

    private static async Task<Results<Ok<PunchImporter.Result>, ValidationProblem>> Import(HttpRequest request, PunchImporter importer, bool commit, CancellationToken ct)
    {
        if (!request.HasFormContentType) return new FieldErrors().Add("file", "请以 multipart/form-data 上传文件 (upload a file as multipart/form-data)").ToResult();
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        var errors = new FieldErrors();
        if (file is null || file.Length == 0 || file.Length > PunchFile.MaxBytes || !PunchFile.IsSupported(file.FileName))
            errors.Add("file", "请上传 10MB 以内的 .xlsx 或 .csv 文件 (an .xlsx or .csv of at most 10 MB is required)");
        var layout = LayoutOf(form, errors);
        if (errors.Any || layout is null) return errors.ToResult();
        List<IDictionary<string, object?>> rows;
        try
        {
            await using var stream = file!.OpenReadStream();
            rows = await PunchFile.ReadAsync(stream, file.FileName, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return errors.Add("file", "文件无法读取，请确认是有效的 Excel/CSV 导出 (the file could not be read)").ToResult();
        }
        return TypedResults.Ok(commit ? await importer.ImportAsync(rows, layout, ct) : await importer.PreviewAsync(rows, layout, ct));
    }

    /// <summary>A preset by name ("fingerprint", "wecom", "dingtalk") or "custom" with the column fields.</summary>
    public static PunchLayout? LayoutOf(IFormCollection form, FieldErrors errors)
    {
        var name = form["layout"].ToString();
        if (PunchLayout.Preset(name) is { } preset) return preset;
        if (name != "custom") { errors.Add("layout", "请选择导入格式：fingerprint / wecom / dingtalk / custom (unknown layout)"); return null; }
        string? F(string key) => string.IsNullOrWhiteSpace(form[key]) ? null : form[key].ToString().Trim();
        var layout = new PunchLayout("custom", F("userColumn") ?? "", F("userKey") ?? PunchLayout.ByUserName, F("dateTimeColumn"), F("dateColumn"), F("timeColumn"));
        foreach (var p in layout.Problems()) errors.Add(p, "自定义映射缺少或有误 (custom mapping incomplete)");
        return errors.Any ? null : layout;
    }

    private static async Task<Ok<List<Data.Attendance.AttendancePeriodRecord>>> Periods(OaDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.AttendancePeriods.AsNoTracking().OrderByDescending(p => p.Id).Take(36).ToListAsync(ct));

    private static async Task<Results<Ok<PeriodCloser.Closed>, ValidationProblem, Conflict<ProblemDetails>>> Close(
        string id, ClaimsPrincipal me, PeriodCloser closer, Rules.AttendanceRules rules, CancellationToken ct)
    {
        if (AttendanceData.ParsePeriod(id, rules) is null) return new FieldErrors().Add("id", "考勤周期格式应为 yyyy-MM (period must be yyyy-MM)").ToResult();
        return await closer.CloseAsync(id, me.UserName(), ct) switch
        {
            PeriodCloser.Closed c => TypedResults.Ok(c),
            PeriodCloser.Refused r => TypedResults.Conflict(new ProblemDetails { Title = r.Reason, Status = 409 }),
            _ => throw new InvalidOperationException(),
        };
    }

    private static Results<Ok<PeriodReview.Done>, NotFound, Conflict<ProblemDetails>, ValidationProblem> Review(PeriodReview.Outcome outcome) => outcome switch
    {
        PeriodReview.Done d => TypedResults.Ok(d),
        PeriodReview.NotFound => TypedResults.NotFound(),
        PeriodReview.Refused r => TypedResults.Conflict(new ProblemDetails { Title = r.Reason, Status = 409 }),
        _ => throw new InvalidOperationException(),
    };

    private static async Task<Ok<List<Data.Attendance.PeriodSummaryRecord>>> Summaries(string id, string? department, OaDbContext db, CancellationToken ct)
    {
        var q = db.PeriodSummaries.AsNoTracking().Where(s => s.PeriodId == id);
        if (!string.IsNullOrEmpty(department)) q = q.Where(s => s.DepartmentId == department);
        return TypedResults.Ok(await q.OrderBy(s => s.DepartmentId).ThenBy(s => s.UserName).ToListAsync(ct));
    }
}
