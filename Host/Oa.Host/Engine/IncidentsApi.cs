using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Identity;
using Oa.Workflows.Runtime;

namespace Oa.Host.Engine;

/// <summary>
/// POST /api/instances/{id}/incidents/{incidentId}/retry (process admins and admins): the engine's ResolveIncident —
/// a job incident gets its retries back and runs again, any other incident re-runs its element (e.g. plans approvers again).
/// </summary>
public static class IncidentsApi
{
    public sealed record RetryInput(int? Retries);

    public static void MapIncidentsApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/instances/{id}/incidents/{incidentId}/retry", Retry).WithTags("Instances").RequireAuthorization(Policies.ProcessAdmin);

    private static async Task<IResult> Retry(string id, string incidentId, RetryInput? input, ClaimsPrincipal principal, HttpContext http,
        OaDbContext db, EngineHost engine, CancellationToken ct)
    {
        var retries = input?.Retries ?? 1;
        if (retries is < 1 or > 100)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["retries"] = ["重试次数须在 1 到 100 之间 (retries must be 1–100)"] });
        if (!await db.ProcessInstances.AnyAsync(i => i.Id == id, ct)) return TypedResults.NotFound();
        try
        {
            var state = await engine.ExecuteAsync(id, new ResolveIncident(incidentId, retries),
                new CommandAudit(principal.UserName(), null, http.Connection.RemoteIpAddress?.ToString(), Action: "retry-incident"), ct);
            return TypedResults.Ok(new { instanceId = id, status = EfInstanceStore.StatusOf(state), openIncidents = state.Incidents.Count });
        }
        catch (EngineException ex) when (ex.Code == EngineErrorCode.IncidentNotFound)
        {
            return TypedResults.Problem("没有这个未解决的故障 (no such open incident)", statusCode: StatusCodes.Status404NotFound);
        }
        catch (EngineException ex)
        {
            return TypedResults.Problem($"不能重试 (cannot retry): {ex.Message}", statusCode: StatusCodes.Status409Conflict);
        }
        catch (Oa.Workflows.Ports.ConcurrencyException)
        {
            return TypedResults.Problem("流程正被他人处理，请重试 (the instance changed concurrently; try again)", statusCode: StatusCodes.Status409Conflict);
        }
    }
}
