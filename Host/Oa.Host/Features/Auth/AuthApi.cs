using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Features.Org;
using Oa.Host.Identity;

namespace Oa.Host.Features.Auth;

/// <summary>/api/auth: password → bearer token (with lockout and optional TOTP), personal access tokens, and who am I.</summary>
public static class AuthApi
{
    public sealed record TokenRequest(string? UserName, string? Password, string? TotpCode);
    public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt);
    public sealed record PersonalTokenRequest(string? Name, int? ExpiresInDays);
    public sealed record PersonalTokenView(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt);
    public sealed record PersonalTokenCreated(Guid Id, string Name, string Token, DateTimeOffset ExpiresAt);

    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Authentication");
        auth.MapPost("/token", IssueToken).AllowAnonymous();
        auth.MapGet("/me", Me);
        auth.MapGet("/tokens", ListTokens);
        auth.MapPost("/tokens", CreateToken);
        auth.MapDelete("/tokens/{id:guid}", RevokeToken);
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult, ValidationProblem>> IssueToken(
        TokenRequest req, UserManager<AppUser> users, SignInManager<AppUser> signIn, AccessTokenService tokens, IConfiguration config, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(req.UserName) || string.IsNullOrEmpty(req.Password))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["userName"] = ["用户名和密码不能为空 (user name and password are required)"] });
        var user = await users.FindByNameAsync(req.UserName);
        // The same answer for unknown users and wrong passwords, so the endpoint does not reveal who exists.
        var invalid = TypedResults.Problem("用户名或密码错误 (invalid user name or password)", statusCode: 401, title: "Unauthorized");
        if (user is null || !user.Active) return invalid;
        var check = await signIn.CheckPasswordSignInAsync(user, req.Password, lockoutOnFailure: true);
        if (check.IsLockedOut)
            return TypedResults.Problem("账号已被锁定，请稍后再试 (account locked after repeated failures; try later)", statusCode: 423, title: "Locked");
        if (!check.Succeeded) return invalid;
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            var ok = req.TotpCode is not null && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, req.TotpCode);
            if (!ok) return TypedResults.Problem("需要有效的动态验证码 (a valid TOTP code is required)", statusCode: 401, title: "TwoFactorRequired");
        }
        var hours = config.GetValue("Security:TokenHours", 8);
        var (row, secret) = await tokens.IssueAsync(user.Id, "login", AccessTokenKind.Login, TimeSpan.FromHours(hours), ct);
        return TypedResults.Ok(new TokenResponse(secret, row.ExpiresAt));
    }

    private static async Task<Results<Ok<UserDetail>, UnauthorizedHttpResult>> Me(ClaimsPrincipal me, UserManager<AppUser> users, OrgCache cache, CancellationToken ct)
    {
        var user = await users.GetUserAsync(me);
        return user is null ? TypedResults.Unauthorized() : TypedResults.Ok(await OrgApi.DetailAsync(user, users, await cache.GetAsync(ct)));
    }

    private static async Task<Ok<List<PersonalTokenView>>> ListTokens(ClaimsPrincipal me, UserManager<AppUser> users, OaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var userId = users.GetUserId(me);
        var now = clock.GetUtcNow();
        var rows = await db.AccessTokens.AsNoTracking()
            .Where(t => t.UserId == userId && t.Kind == AccessTokenKind.Personal && t.RevokedAt == null).ToListAsync(ct);
        return TypedResults.Ok(rows.Where(t => t.ExpiresAt > now).OrderByDescending(t => t.CreatedAt)
            .Select(t => new PersonalTokenView(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt)).ToList());
    }

    private static async Task<Results<Created<PersonalTokenCreated>, ValidationProblem>> CreateToken(
        PersonalTokenRequest req, ClaimsPrincipal me, UserManager<AppUser> users, AccessTokenService tokens, CancellationToken ct)
    {
        var days = req.ExpiresInDays ?? 90;
        if (string.IsNullOrWhiteSpace(req.Name) || req.Name.Length > 100 || days is < 1 or > 366)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["name"] = ["请填写 100 字以内的名称，有效期 1–366 天 (name up to 100 characters, 1–366 days)"],
            });
        var (row, secret) = await tokens.IssueAsync(users.GetUserId(me)!, req.Name.Trim(), AccessTokenKind.Personal, TimeSpan.FromDays(days), ct);
        return TypedResults.Created($"/api/auth/tokens/{row.Id}", new PersonalTokenCreated(row.Id, row.Name, secret, row.ExpiresAt));
    }

    /// <summary>Only the owner may revoke; someone else's token id answers 404 so ids reveal nothing.</summary>
    private static async Task<Results<NoContent, NotFound>> RevokeToken(Guid id, ClaimsPrincipal me, UserManager<AppUser> users, OaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var userId = users.GetUserId(me);
        var row = await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == userId && t.RevokedAt == null, ct);
        if (row is null) return TypedResults.NotFound();
        row.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
