using Oa.Workflows.Ports;

namespace Oa.Definitions.Tests.Support;

// In-memory organisation; each scenario builds its own (see DemoOrg) and may change it.
internal sealed class FakeOrgDirectory : IOrgDirectory
{
    readonly Dictionary<string, OrgUser> users = [];
    readonly Dictionary<string, OrgDepartment> departments = [];
    readonly Dictionary<string, List<string>> roles = [];

    public FakeOrgDirectory Dept(string id, string name, string? parent, string? head = null, string? leader = null)
    {
        departments[id] = new OrgDepartment(id, name, parent, head, leader);
        return this;
    }

    public FakeOrgDirectory User(string userName, string? dept, string? roleList = null)
    {
        users[userName] = new OrgUser(userName, userName, dept, null, true);
        foreach (var role in (roleList ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
            (roles.TryGetValue(role, out var members) ? members : roles[role] = []).Add(userName);
        return this;
    }

    public OrgUser? GetUser(string userName) => users.GetValueOrDefault(userName);

    public OrgDepartment? GetDepartment(string departmentId) => departments.GetValueOrDefault(departmentId);

    public IReadOnlyList<string> MembersOfRole(string role) =>
        roles.TryGetValue(role, out var members) ? members.Where(m => users.GetValueOrDefault(m)?.Active == true).ToList() : [];

    public IReadOnlyList<string> MembersOfDepartment(string departmentId, bool includeChildren) =>
        users.Values.Where(u => u.Active && u.DepartmentId is { } d && (d == departmentId || includeChildren && IsBelow(d, departmentId)))
            .Select(u => u.UserName).ToList();

    bool IsBelow(string dept, string ancestor)
    {
        for (var id = departments.GetValueOrDefault(dept)?.ParentId; id is not null; id = departments.GetValueOrDefault(id)?.ParentId)
            if (id == ancestor) return true;
        return false;
    }
}
