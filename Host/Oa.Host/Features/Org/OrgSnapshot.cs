using System.Collections.Frozen;
using Oa.Workflows.Ports;

namespace Oa.Host.Features.Org;

/// <summary>An immutable picture of the organisation, built from the database and shared by all requests until it changes.</summary>
public sealed class OrgSnapshot : IOrgDirectory
{
    private readonly FrozenDictionary<string, OrgUser> _users;
    private readonly FrozenDictionary<string, OrgDepartment> _departments;
    private readonly FrozenDictionary<string, string[]> _roleMembers;
    private readonly FrozenDictionary<string, string[]> _children;

    public OrgSnapshot(long stamp, IEnumerable<OrgUser> users, IEnumerable<OrgDepartment> departments, IEnumerable<(string Role, string UserName)> roles)
    {
        Stamp = stamp;
        _users = users.ToFrozenDictionary(u => u.UserName, StringComparer.OrdinalIgnoreCase);
        _departments = departments.ToFrozenDictionary(d => d.Id);
        _roleMembers = roles.Where(r => _users.TryGetValue(r.UserName, out var u) && u.Active)
            .GroupBy(r => r.Role).ToFrozenDictionary(g => g.Key, g => g.Select(r => r.UserName).Order(StringComparer.Ordinal).ToArray());
        _children = _departments.Values.Where(d => d.ParentId is not null)
            .GroupBy(d => d.ParentId!).ToFrozenDictionary(g => g.Key, g => g.Select(d => d.Id).ToArray());
    }

    public long Stamp { get; }

    public IEnumerable<OrgUser> Users => _users.Values;

    public IEnumerable<OrgDepartment> Departments => _departments.Values;

    public OrgUser? GetUser(string userName) => _users.GetValueOrDefault(userName);

    public OrgDepartment? GetDepartment(string departmentId) => _departments.GetValueOrDefault(departmentId);

    public IReadOnlyList<string> MembersOfRole(string role) => _roleMembers.GetValueOrDefault(role) ?? [];

    public IReadOnlyList<string> MembersOfDepartment(string departmentId, bool includeChildren)
    {
        var ids = new HashSet<string> { departmentId };
        if (includeChildren)
        {
            var queue = new Queue<string>([departmentId]);
            while (queue.TryDequeue(out var id))
                foreach (var child in _children.GetValueOrDefault(id) ?? [])
                    if (ids.Add(child)) queue.Enqueue(child);
        }
        return _users.Values.Where(u => u.Active && u.DepartmentId is not null && ids.Contains(u.DepartmentId))
            .Select(u => u.UserName).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>"服务运营部 / 京津冀鲁" — the department's path from the root, for pickers and lists.</summary>
    public string DepartmentPath(string? departmentId)
    {
        var names = new List<string>();
        for (var d = departmentId is null ? null : GetDepartment(departmentId); d is not null && names.Count < 20; d = d.ParentId is null ? null : GetDepartment(d.ParentId))
            names.Insert(0, d.Name);
        return string.Join(" / ", names);
    }
}
