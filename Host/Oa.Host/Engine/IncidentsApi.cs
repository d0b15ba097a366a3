using System.Security.Claims;
using Oa.Host.Features.Admin.Instances;
using Oa.Host.Identity;
using static Oa.Host.Features.Admin.Instances.InstanceAdministration;

namespace Oa.Host.Engine;

/// <summary>
/// POST /api/instances/{id}/incidents/{incidentId}/retry (admins, and process admins for their own processes): the engine's
/// ResolveIncident — a job incident gets its retries back and runs again, any other incident re-runs its element
/// (e.g. plans approvers again). The admin instance page's 重试 button runs the same code.
/// </summary>
public static class IncidentsApi
{
    public sealed record RetryInput(int? Retries);

    public static void MapIncidentsApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/instances/{id}/incidents/{incidentId}/retry", Retry).WithTags("Instances").RequireAuthorization(Policies.ProcessAdmin);

    private static async Task<IResult> Retry(string id, string incidentId, RetryInput? input, ClaimsPrincipal principal, HttpContext http,
        InstanceAdministration admin, CancellationToken ct) =>
        await admin.RetryIncidentAsync(principal, id, incidentId, input?.Retries, http.Connection.RemoteIpAddress?.ToString(), ct) switch
        {
            Retried r => TypedResults.Ok(new { instanceId = r.Id, status = r.Status, openIncidents = r.OpenIncidents }),
            Missing => TypedResults.NotFound(),
            Refused => TypedResults.Forbid(),
            Invalid { Field: "incidentId" } i => TypedResults.Problem(i.Message, statusCode: StatusCodes.Status404NotFound),
            Invalid i => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [i.Field] = [i.Message] }),
            WrongState w => TypedResults.Problem(w.Message, statusCode: StatusCodes.Status409Conflict),
            var other => throw new InvalidOperationException($"unexpected outcome {other}"),
        };
}
