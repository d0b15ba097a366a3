using System.Security.Claims;
using Oa.Host.Identity;
using static Oa.Host.Features.Admin.Instances.InstanceAdministration;

namespace Oa.Host.Features.Admin.Instances;

/// <summary>
/// /api/admin/migrations: 实例迁移. GET setup gives both versions' elements and the pre-filled mapping; POST dry-run
/// reports one batch without changing anything; POST execute migrates one batch and reports it (follow Next for more).
/// Someone else's process answers 403, an unknown process 404, bad input 400 with the field.
/// </summary>
public static class MigrationApi
{
    public static void MapMigrationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/migrations").WithTags("Instance administration").RequireAuthorization(Policies.ProcessAdmin);
        group.MapGet("/setup", (string? processKey, int? sourceVersion, int? targetVersion, ClaimsPrincipal p, InstanceMigrations m, CancellationToken ct) =>
            Answer(m.SetupAsync(p, new MigrationRequest(processKey, sourceVersion, targetVersion), ct)));
        group.MapPost("/dry-run", (MigrationRequest? input, ClaimsPrincipal p, InstanceMigrations m, CancellationToken ct) =>
            Answer(m.DryRunAsync(p, input ?? new MigrationRequest(null, null, null), ct)));
        group.MapPost("/execute", (MigrationRequest? input, ClaimsPrincipal p, HttpContext http, InstanceMigrations m, CancellationToken ct) =>
            Answer(m.ExecuteAsync(p, input ?? new MigrationRequest(null, null, null), http.Connection.RemoteIpAddress?.ToString(), ct)));
    }

    private static async Task<IResult> Answer(Task<Outcome> outcome) => await outcome switch
    {
        MigrationReady r => TypedResults.Ok(r.Setup),
        MigrationDone d => TypedResults.Ok(d.Report),
        Missing => TypedResults.NotFound(),
        Refused => TypedResults.Forbid(),
        Invalid i => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [i.Field] = [i.Message] }),
        var other => throw new InvalidOperationException($"unexpected outcome {other}"),
    };
}
