using Oa.Host.Features.Org;
using Oa.Workflows.Ports;

namespace Oa.Host.Engine;

/// <summary>
/// The engine's org port over the latest snapshot. The engine calls it synchronously, so callers refresh the
/// snapshot (<see cref="OrgCache.GetAsync"/>) before running a command; this only reads what is cached.
/// </summary>
public sealed class LiveOrgDirectory(OrgCache cache) : IOrgDirectory
{
    private OrgSnapshot Snapshot => cache.Latest ?? throw new InvalidOperationException("The organisation has not been loaded yet.");

    public OrgUser? GetUser(string userName) => Snapshot.GetUser(userName);

    public OrgDepartment? GetDepartment(string departmentId) => Snapshot.GetDepartment(departmentId);

    public IReadOnlyList<string> MembersOfRole(string role) => Snapshot.MembersOfRole(role);

    public IReadOnlyList<string> MembersOfDepartment(string departmentId, bool includeChildren) => Snapshot.MembersOfDepartment(departmentId, includeChildren);
}
