using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Deputies;
using Oa.Host.Identity;

namespace Oa.Host.Features.Deputies;

public sealed record DeputyView(long Id, string UserName, string Deputy, DateTimeOffset StartsAt, DateTimeOffset EndsAt, IReadOnlyList<string>? ProcessKeys,
    string? Reason, string CreatedBy, bool Active, bool Revoked);
public sealed record DeputyInput(string? UserName, string? Deputy, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, IReadOnlyList<string>? ProcessKeys, string? Reason);

/// <summary>
/// /api/deputies: a person sets who handles their new tasks while they are away (代理); an admin may set it for anyone,
/// for example for someone who has left. Each sees the rules where they are the absent person or the deputy.
/// </summary>
public static class DeputiesApi
{
    public static void MapDeputiesApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/deputies").WithTags("Deputies");
        g.MapGet("", async (ClaimsPrincipal user, OaDbContext db, TimeProvider clock, CancellationToken ct) => TypedResults.Ok(await ListAsync(db, user.UserName(), clock.GetUtcNow(), ct)));
        g.MapPost("", Create);
        g.MapDelete("/{id:long}", Revoke);
    }

    public static async Task<List<DeputyView>> ListAsync(OaDbContext db, string user, DateTimeOffset now, CancellationToken ct) =>
        (await db.DeputyRules.AsNoTracking().Where(r => r.UserName == user || r.Deputy == user).OrderByDescending(r => r.StartsAt).Take(100).ToListAsync(ct))
        .Select(r => View(r, now)).ToList();

    public static async Task<Results<Created<DeputyView>, ValidationProblem, ForbidHttpResult>> Create(DeputyInput input, ClaimsPrincipal principal, OaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var me = principal.UserName();
        var owner = string.IsNullOrWhiteSpace(input.UserName) ? me : input.UserName.Trim();
        if (!string.Equals(owner, me, StringComparison.OrdinalIgnoreCase) && !principal.IsAdmin()) return TypedResults.Forbid();
        var errors = new Dictionary<string, string[]>();
        var deputy = input.Deputy?.Trim();
        var deputyUser = string.IsNullOrEmpty(deputy) ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == deputy && u.Active, ct);
        if (deputyUser is null) errors["deputy"] = ["代理人不存在或已停用 (unknown or inactive deputy)"];
        else if (string.Equals(deputyUser.UserName, owner, StringComparison.OrdinalIgnoreCase)) errors["deputy"] = ["代理人不能是本人 (choose someone else)"];
        if (!await db.Users.AnyAsync(u => u.UserName == owner, ct)) errors["userName"] = ["用户不存在 (unknown user)"];
        var now = clock.GetUtcNow();
        var starts = input.StartsAt ?? now;
        if (input.EndsAt is not { } ends) errors["endsAt"] = ["请填写结束时间 (an end time is required)"];
        else if (ends <= starts) errors["endsAt"] = ["结束时间必须晚于开始时间 (the end must be after the start)"];
        else if (ends <= now) errors["endsAt"] = ["结束时间已过 (the end is in the past)"];
        else if (ends - starts > TimeSpan.FromDays(366)) errors["endsAt"] = ["代理期最长一年 (a deputy period is at most one year)"];
        var keys = input.ProcessKeys?.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).Distinct().ToList();
        if (keys is { Count: > 0 })
        {
            var known = await db.ProcessDefinitions.Where(p => keys.Contains(p.Key)).Select(p => p.Key).Distinct().ToListAsync(ct);
            if (keys.Except(known).ToList() is { Count: > 0 } unknown) errors["processKeys"] = [$"未知的流程 (unknown processes): {string.Join(", ", unknown)}"];
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var rule = new DeputyRule
        {
            UserName = owner, Deputy = deputyUser!.UserName!, StartsAt = starts, EndsAt = input.EndsAt!.Value, ProcessKeys = keys is { Count: > 0 } ? string.Join(',', keys) : null,
            Reason = input.Reason?.Trim() is { Length: > 0 } r ? r[..Math.Min(r.Length, 300)] : null, CreatedBy = me, CreatedAt = now,
        };
        db.DeputyRules.Add(rule);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/deputies/{rule.Id}", View(rule, now));
    }

    /// <summary>Ends a rule now (tasks already handed over stay with the deputy). The absent person, or an admin.</summary>
    public static async Task<Results<NoContent, NotFound>> Revoke(long id, ClaimsPrincipal principal, OaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var me = principal.UserName();
        var rule = await db.DeputyRules.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null || (!string.Equals(rule.UserName, me, StringComparison.OrdinalIgnoreCase) && !principal.IsAdmin())) return TypedResults.NotFound();
        rule.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static DeputyView View(DeputyRule r, DateTimeOffset now) => new(r.Id, r.UserName, r.Deputy, r.StartsAt, r.EndsAt,
        r.ProcessKeys?.Split(','), r.Reason, r.CreatedBy, r.RevokedAt is null && r.StartsAt <= now && now < r.EndsAt, r.RevokedAt is not null);
}
