using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Workflows.Ports;

namespace Oa.Host.Features.Org;

/// <summary>
/// Holds the current <see cref="OrgSnapshot"/>. It re-reads the org change stamp at most every
/// <see cref="CheckInterval"/> and rebuilds the snapshot when another request or another host instance changed the org.
/// </summary>
public sealed class OrgCache(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile OrgSnapshot? _snapshot;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    /// <summary>The snapshot as last loaded, without checking for changes (for synchronous readers such as the engine).</summary>
    public OrgSnapshot? Latest => _snapshot;

    public Task<OrgSnapshot> GetAsync(CancellationToken ct = default) => GetAsync(null, ct);

    /// <summary>
    /// The snapshot, checked against the stamp at once when it does not know <paramref name="signedInUser"/>: that user
    /// signed in against the database, so a snapshot without them is stale (created a moment ago, maybe on another host).
    /// </summary>
    public async Task<OrgSnapshot> GetAsync(string? signedInUser, CancellationToken ct = default)
    {
        bool Fresh(OrgSnapshot? s) => s is not null && clock.GetUtcNow() - _checkedAt < CheckInterval
            && (signedInUser is null || s.GetUser(signedInUser) is not null);
        var current = _snapshot;
        if (Fresh(current)) return current!;
        await _gate.WaitAsync(ct);
        try
        {
            if (Fresh(_snapshot)) return _snapshot!;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
            var stamp = await db.ReadAsync(ChangeStamps.Org, ct);
            if (_snapshot is null || _snapshot.Stamp != stamp)
                _snapshot = await LoadAsync(db, stamp, ct);
            _checkedAt = clock.GetUtcNow();
            return _snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forget the snapshot at once (this instance changed the org; other instances notice the stamp).</summary>
    public void Invalidate() => _checkedAt = DateTimeOffset.MinValue;

    private static async Task<OrgSnapshot> LoadAsync(OaDbContext db, long stamp, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking()
            .Select(u => new OrgUser(u.UserName!, u.DisplayName, u.DepartmentId, u.ManagerUserName, u.Active)).ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking().Where(d => d.Active)
            .Select(d => new OrgDepartment(d.Id, d.Name, d.ParentId, d.HeadUserName, d.LeaderUserName)).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           join u in db.Users on ur.UserId equals u.Id
                           select new { Role = r.Name!, User = u.UserName! }).ToListAsync(ct);
        return new OrgSnapshot(stamp, users, departments, roles.Select(r => (r.Role, r.User)));
    }
}
