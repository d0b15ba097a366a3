using Microsoft.AspNetCore.Http.HttpResults;
using Oa.Host.Identity;

namespace Oa.Host.Features.Admin.Jobs;

/// <summary>/api/admin/jobs: the same as the admin jobs page, for scripts.</summary>
public static class JobsApi
{
    public static void MapJobsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin/jobs").WithTags("Admin").RequireAuthorization(Policies.Admin);
        api.MapGet("", async (JobsAdmin jobs, CancellationToken ct) => TypedResults.Ok(await jobs.ListAsync(ct)));
        api.MapPost("/{group}/{name}/run", async Task<Results<Accepted, NotFound>> (string group, string name, JobsAdmin jobs, CancellationToken ct) =>
            await jobs.RunNowAsync(group, name, ct) ? TypedResults.Accepted((string?)null) : TypedResults.NotFound());
        api.MapPost("/{group}/{name}/pause", async Task<Results<NoContent, NotFound>> (string group, string name, JobsAdmin jobs, CancellationToken ct) =>
            await jobs.PauseAsync(group, name, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        api.MapPost("/{group}/{name}/resume", async Task<Results<NoContent, NotFound>> (string group, string name, JobsAdmin jobs, CancellationToken ct) =>
            await jobs.ResumeAsync(group, name, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
    }
}
