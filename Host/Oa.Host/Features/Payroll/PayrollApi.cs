using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Attendance;
using Oa.Host.Identity;

namespace Oa.Host.Features.Payroll;

/// <summary>/api/payroll: the monthly payments run and its sheet, for HR.</summary>
public static class PayrollApi
{
    public static void MapPayrollApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/payroll").WithTags("Payroll").RequireAuthorization(AttendanceAccess.Policy);
        api.MapPost("/{period}/run", Run);
        api.MapGet("/{period}", async (string period, OaDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.PayrollItems.AsNoTracking().Where(i => i.PeriodId == period).OrderBy(i => i.UserName).ThenBy(i => i.Id).ToListAsync(ct)));
        api.MapGet("/{period}/export", PayrollSheet.Export);
    }

    private static async Task<Results<Ok<PaymentsRun.Ran>, Conflict<ProblemDetails>>> Run(string period, ClaimsPrincipal me, PaymentsRun run, CancellationToken ct) =>
        await run.RunAsync(period, me.UserName(), ct) switch
        {
            PaymentsRun.Ran r => TypedResults.Ok(r),
            PaymentsRun.Refused r => TypedResults.Conflict(new ProblemDetails { Title = r.Reason, Status = 409 }),
            _ => throw new InvalidOperationException(),
        };
}
