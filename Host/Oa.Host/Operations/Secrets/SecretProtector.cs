using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;

namespace Oa.Host.Operations.Secrets;

/// <summary>Stores and reads secret settings; plain values exist only in memory, never in a row or a log line.</summary>
public interface ISecretProtector
{
    Task SetAsync(string key, string value, string? user, CancellationToken ct);
    Task<string?> GetAsync(string key, CancellationToken ct);
    /// <summary>For status pages: whether a secret is set, without revealing it.</summary>
    Task<bool> IsSetAsync(string key, CancellationToken ct);
}

public sealed class SecretProtector(OaDbContext db, IDataProtectionProvider protection, TimeProvider clock) : ISecretProtector
{
    // A purpose of its own: ciphertext made for cookies or anti-forgery tokens cannot be fed back in here.
    private readonly IDataProtector _protector = protection.CreateProtector("Oa.Secrets.v1");

    public async Task SetAsync(string key, string value, string? user, CancellationToken ct)
    {
        var row = await db.Set<ProtectedSetting>().FirstOrDefaultAsync(s => s.Key == key, ct);
        var cipher = _protector.Protect(value);
        if (row is null) db.Add(new ProtectedSetting { Key = key, Ciphertext = cipher, UpdatedAt = clock.GetUtcNow(), UpdatedBy = user });
        else (row.Ciphertext, row.UpdatedAt, row.UpdatedBy) = (cipher, clock.GetUtcNow(), user);
        await db.SaveChangesAsync(ct);
    }

    public async Task<string?> GetAsync(string key, CancellationToken ct)
    {
        var cipher = await db.Set<ProtectedSetting>().AsNoTracking().Where(s => s.Key == key).Select(s => s.Ciphertext).FirstOrDefaultAsync(ct);
        return cipher is null ? null : _protector.Unprotect(cipher);
    }

    public Task<bool> IsSetAsync(string key, CancellationToken ct) => db.Set<ProtectedSetting>().AnyAsync(s => s.Key == key, ct);
}
