using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Drafts;
using Oa.Host.Engine;
using Oa.Host.Features.Instances;
using Oa.Host.Features.Org;
using Oa.Host.Identity;
using Oa.Workflows.Approvals;

namespace Oa.Host.Features.Drafts;

/// <summary>A draft in the 草稿 box; Summary is its first filled fields (DraftDigest), so drafts of one process differ.</summary>
public sealed record DraftSummary(string Id, string ProcessKey, string ProcessName, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string Summary);
public sealed record DraftView(string Id, string ProcessKey, string ProcessName, JsonObject Variables, DateTimeOffset UpdatedAt);
public sealed record DraftInput(string? ProcessKey, JsonObject? Variables);

/// <summary>
/// /api/drafts: requests saved before submitting (草稿). Only the owner reads or changes a draft (others get 404);
/// a draft keeps only the fields the applicant's start form shows, and is not validated — it may be half-filled.
/// </summary>
public static class DraftsApi
{
    public const int MaxBytes = 256 * 1024;
    public const int MaxDrafts = 200;

    public static void MapDraftsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/drafts").WithTags("Drafts");
        g.MapGet("", async (ClaimsPrincipal user, OaDbContext db, EngineHost engine, OrgCache orgCache, CancellationToken ct) =>
            TypedResults.Ok(await ListAsync(db, engine, orgCache, user.UserName(), ct)));
        g.MapGet("/{id}", async Task<Results<Ok<DraftView>, NotFound>> (string id, ClaimsPrincipal user, OaDbContext db, CancellationToken ct) =>
            await FindAsync(db, id, user.UserName(), ct) is { } d ? TypedResults.Ok(View(d)) : TypedResults.NotFound());
        g.MapPost("", async (DraftInput input, ClaimsPrincipal user, DraftStore store, CancellationToken ct) => Answer(await store.SaveAsync(null, input, user, ct)));
        g.MapPut("/{id}", async (string id, DraftInput input, ClaimsPrincipal user, DraftStore store, CancellationToken ct) => Answer(await store.SaveAsync(id, input, user, ct)));
        g.MapDelete("/{id}", async Task<Results<NoContent, NotFound>> (string id, ClaimsPrincipal user, OaDbContext db, CancellationToken ct) =>
            await db.Drafts.Where(d => d.Id == id && d.UserName == user.UserName()).ExecuteDeleteAsync(ct) > 0 ? TypedResults.NoContent() : TypedResults.NotFound());
    }

    public static async Task<List<DraftSummary>> ListAsync(OaDbContext db, EngineHost engine, OrgCache orgCache, string user, CancellationToken ct)
    {
        var rows = await db.Drafts.AsNoTracking().Where(d => d.UserName == user).OrderByDescending(d => d.UpdatedAt).Take(MaxDrafts)
            .Select(d => new { d.Id, d.ProcessKey, d.ProcessName, d.CreatedAt, d.UpdatedAt, d.DataJson }).ToListAsync(ct);
        if (rows.Count == 0) return [];
        await engine.PrepareAsync(ct);
        var org = await orgCache.GetAsync(user, ct);
        // The form the draft opens in (the process's latest) names and formats its fields.
        return rows.Select(d => new DraftSummary(d.Id, d.ProcessKey, d.ProcessName, d.CreatedAt, d.UpdatedAt,
            DraftDigest.Of(engine.Definitions.LatestOf(d.ProcessKey)?.FormId is { } formId ? engine.Definitions.LatestForm(formId)?.Schema.Raw : null, d.DataJson, org))).ToList();
    }

    public static Task<Draft?> FindAsync(OaDbContext db, string id, string user, CancellationToken ct) =>
        db.Drafts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.UserName == user, ct);

    public static DraftView View(Draft d) => new(d.Id, d.ProcessKey, d.ProcessName, JsonNode.Parse(d.DataJson) as JsonObject ?? [], d.UpdatedAt);

    private static IResult Answer(DraftStore.Result result) => result switch
    {
        DraftStore.Saved s => TypedResults.Ok(View(s.Draft)),
        DraftStore.Missing => TypedResults.NotFound(),
        DraftStore.Refused => TypedResults.Forbid(),
        DraftStore.Invalid i => TypedResults.ValidationProblem(i.Errors),
        _ => throw new InvalidOperationException(),
    };
}

/// <summary>Creates or updates a draft for a process the caller may start.</summary>
public sealed class DraftStore(OaDbContext db, EngineHost engine, OrgCache orgCache, TimeProvider clock)
{
    public abstract record Result;
    public sealed record Saved(Draft Draft) : Result;
    public sealed record Missing : Result;
    public sealed record Refused : Result;
    public sealed record Invalid(Dictionary<string, string[]> Errors) : Result;

    public async Task<Result> SaveAsync(string? id, DraftInput input, ClaimsPrincipal principal, CancellationToken ct)
    {
        var user = principal.UserName();
        var existing = id is null ? null : await db.Drafts.FirstOrDefaultAsync(d => d.Id == id && d.UserName == user, ct);
        if (id is not null && existing is null) return new Missing();
        var key = existing?.ProcessKey ?? input.ProcessKey;
        await engine.PrepareAsync(ct);
        var process = key is null ? null : engine.Definitions.LatestOf(key);
        if (process is null) return new Invalid(new() { ["processKey"] = ["流程不存在 (unknown process)"] });
        if (!ProcessStarters.CanStart(process.Settings, user, await orgCache.GetAsync(ct))) return new Refused();
        var variables = input.Variables ?? [];
        // Only what the applicant's form shows is kept: a draft cannot smuggle in approver-only fields.
        var form = process.FormId is null ? null : engine.Definitions.LatestForm(process.FormId);
        var data = form is null ? [] : Oa.Forms.Permissions.FormView.For(form.Schema, variables, process.StartPermissions).Data;
        // 发起人自选: the people picked so far are the applicant's too; kept as given (the start checks them).
        foreach (var choice in Instances.ApproverChoices.Of(process, form?.Schema))
            if (variables[choice.Variable] is JsonArray picked && picked.All(p => p is JsonValue v && v.TryGetValue<string>(out _)))
                data[choice.Variable] = picked.DeepClone();
        var json = data.ToJsonString();
        if (System.Text.Encoding.UTF8.GetByteCount(json) > DraftsApi.MaxBytes) return new Invalid(new() { ["variables"] = ["草稿内容过大 (the draft is too large)"] });
        var now = clock.GetUtcNow();
        if (existing is null)
        {
            if (await db.Drafts.CountAsync(d => d.UserName == user, ct) >= DraftsApi.MaxDrafts)
                return new Invalid(new() { ["processKey"] = [$"草稿最多保存 {DraftsApi.MaxDrafts} 份 (at most {DraftsApi.MaxDrafts} drafts)"] });
            existing = new Draft { Id = Guid.NewGuid().ToString("N"), UserName = user, ProcessKey = process.Key, CreatedAt = now };
            db.Drafts.Add(existing);
        }
        existing.ProcessName = process.Name;
        existing.DataJson = json;
        existing.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return new Saved(existing);
    }
}
