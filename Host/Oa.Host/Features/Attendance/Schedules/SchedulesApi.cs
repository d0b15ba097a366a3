using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Shared;
using Oa.Host.Identity;

namespace Oa.Host.Features.Attendance.Schedules;

/// <summary>/api/attendance/schedules and /schedule-spans (HR): working hours and who follows them when.</summary>
public static class SchedulesApi
{
    public static void Map(RouteGroupBuilder hr)
    {
        hr.MapGet("/schedules", async (OaDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Schedules.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct)));
        hr.MapPut("/schedules/{id}", async Task<Results<Ok<ScheduleRecord>, ValidationProblem>> (string id, ScheduleBook.ScheduleInput body, OaDbContext db, CancellationToken ct) =>
            await ScheduleBook.SaveScheduleAsync(db, body with { Id = id }, ct) switch
            {
                ({ } saved, _) => TypedResults.Ok(saved),
                (_, var errors) => errors.ToResult(),
            });
        hr.MapDelete("/schedules/{id}", async Task<Results<NoContent, NotFound, Conflict<ProblemDetails>>> (string id, OaDbContext db, CancellationToken ct) =>
        {
            if (!await db.Schedules.AnyAsync(s => s.Id == id, ct)) return TypedResults.NotFound();
            return await ScheduleBook.DeleteScheduleAsync(db, id, ct) is { } why
                ? TypedResults.Conflict(new ProblemDetails { Title = why, Status = 409 }) : TypedResults.NoContent();
        });
        hr.MapGet("/schedule-spans", async (string? user, OaDbContext db, CancellationToken ct) =>
        {
            var q = db.ScheduleSpans.AsNoTracking();
            if (!string.IsNullOrEmpty(user)) q = q.Where(s => s.UserName == user);
            return TypedResults.Ok(await q.OrderBy(s => s.UserName).ThenBy(s => s.From).ToListAsync(ct));
        });
        hr.MapPost("/schedule-spans", async Task<Results<Created<ScheduleSpanRecord>, ValidationProblem>> (
            ScheduleBook.SpanInput body, ClaimsPrincipal me, OaDbContext db, TimeProvider clock, CancellationToken ct) =>
            await ScheduleBook.AddSpanAsync(db, body, me.UserName(), clock, ct) switch
            {
                ({ } saved, _) => TypedResults.Created($"/api/attendance/schedule-spans/{saved.Id}", saved),
                (_, var errors) => errors.ToResult(),
            });
        hr.MapDelete("/schedule-spans/{id:long}", async Task<Results<NoContent, NotFound>> (long id, OaDbContext db, CancellationToken ct) =>
            await ScheduleBook.DeleteSpanAsync(db, id, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
    }
}
