using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Oa.Host.Identity;
using static Oa.Host.Features.Admin.Instances.InstanceAdministration;

namespace Oa.Host.Features.Admin.Instances;

/// <summary>
/// /api/admin/instances: 实例管理 for process admins (their processes) and admins. An instance of someone else's
/// process answers 403, an unknown id 404; bad input 400 with the field; a command the state does not allow 409.
/// </summary>
public static class InstanceAdminApi
{
    public static void MapInstanceAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/instances").WithTags("Instance administration").RequireAuthorization(Policies.ProcessAdmin);
        group.MapGet("", Search);
        group.MapGet("/{id}", Get);
        group.MapPost("/{id}/suspend", (string id, AdminReason? input, ClaimsPrincipal p, HttpContext http, InstanceAdministration admin, CancellationToken ct) =>
            Answer(admin.SuspendAsync(p, id, input?.Reason, Ip(http), ct)));
        group.MapPost("/{id}/resume", (string id, AdminReason? input, ClaimsPrincipal p, HttpContext http, InstanceAdministration admin, CancellationToken ct) =>
            Answer(admin.ResumeAsync(p, id, input?.Reason, Ip(http), ct)));
        group.MapPost("/{id}/cancel", (string id, AdminReason? input, ClaimsPrincipal p, HttpContext http, InstanceAdministration admin, CancellationToken ct) =>
            Answer(admin.CancelAsync(p, id, input?.Reason, Ip(http), ct)));
        group.MapPost("/{id}/tasks/{taskId}/reassign", (string id, string taskId, ReassignInput? input, ClaimsPrincipal p, HttpContext http, InstanceAdministration admin, CancellationToken ct) =>
            Answer(admin.ReassignAsync(p, id, taskId, input ?? new(null, null), Ip(http), ct)));
        group.MapPost("/{id}/jump", (string id, JumpInput? input, ClaimsPrincipal p, HttpContext http, InstanceAdministration admin, CancellationToken ct) =>
            Answer(admin.JumpAsync(p, id, input ?? new(null, null, null), Ip(http), ct)));
    }

    private static async Task<Results<Ok<InstancePage>, ValidationProblem>> Search(ClaimsPrincipal principal, InstanceAdministration admin,
        string? processKey, int? version, string? status, string? initiator, DateTimeOffset? from, DateTimeOffset? to, string? serialNo, int? page, int? take,
        CancellationToken ct)
    {
        if (from is { } f && to is { } t && t < f)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["结束日期早于开始日期 (to is before from)"] });
        return TypedResults.Ok(await admin.SearchAsync(principal, new InstanceSearch(processKey, version, status, initiator, from, to, serialNo, page, take), ct));
    }

    private static async Task<Results<Ok<InstanceAdminView>, NotFound, ForbidHttpResult>> Get(string id, ClaimsPrincipal principal, InstanceAdministration admin, CancellationToken ct)
    {
        var (view, refused) = await admin.GetAsync(principal, id, ct);
        if (view is not null) return TypedResults.Ok(view);
        return refused ? TypedResults.Forbid() : TypedResults.NotFound();
    }

    private static async Task<IResult> Answer(Task<Outcome> outcome) => await outcome switch
    {
        Done d => TypedResults.Ok(new { id = d.Id, status = d.Status }),
        Missing => TypedResults.NotFound(),
        Refused => TypedResults.Forbid(),
        Invalid i => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [i.Field] = [i.Message] }),
        WrongState c => TypedResults.Problem(c.Message, statusCode: StatusCodes.Status409Conflict),
        var other => throw new InvalidOperationException($"unexpected outcome {other}"),
    };

    private static string? Ip(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();
}
