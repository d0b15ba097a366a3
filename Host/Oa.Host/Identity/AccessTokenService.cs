using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;

namespace Oa.Host.Identity;

/// <summary>Issues and validates opaque bearer tokens ("oa_" + 32 random bytes, base64url); stores only their hash.</summary>
public sealed class AccessTokenService(OaDbContext db, TimeProvider clock)
{
    public const string Prefix = "oa_";

    public async Task<(AccessToken Row, string Secret)> IssueAsync(string userId, string name, AccessTokenKind kind, TimeSpan lifetime, CancellationToken ct)
    {
        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var row = new AccessToken
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Name = name,
            Kind = kind,
            TokenHash = Hash(secret),
            Prefix = secret[..10],
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
        db.AccessTokens.Add(row);
        await db.SaveChangesAsync(ct);
        return (row, secret);
    }

    /// <summary>The token's row when it is known, unexpired and not revoked; marks it used at most once a minute.</summary>
    public async Task<AccessToken?> ValidateAsync(string secret, CancellationToken ct)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 100) return null;
        var hash = Hash(secret);
        var row = await db.AccessTokens.FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        var now = clock.GetUtcNow();
        if (row is null || row.RevokedAt is not null || row.ExpiresAt <= now) return null;
        if (row.LastUsedAt is null || now - row.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            row.LastUsedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return row;
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
