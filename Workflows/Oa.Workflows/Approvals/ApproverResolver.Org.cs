namespace Oa.Workflows.Approvals;

// Walks up the department tree. A department without an active head is passed over, and a person
// heading several levels counts once, so "level 2" means the second distinct manager above the user.
public sealed partial class ApproverResolver
{
    const int MaxDepth = 64; // guards against a cycle in ParentId data

    // Heads above the user, nearest first. When the user heads their own department, level 1 is the
    // head of the parent department (DingTalk: 发起人是主管时，由上级主管审批).
    public IEnumerable<string> HeadChain(string userName) =>
        org.GetUser(userName)?.DepartmentId is { } dept ? HeadsFrom(dept, exclude: userName) : [];

    IEnumerable<string> HeadsFrom(string departmentId, string? exclude)
    {
        var seen = new HashSet<string>();
        if (exclude is not null) seen.Add(exclude);
        string? id = departmentId;
        for (var depth = 0; id is not null && depth < MaxDepth; depth++)
        {
            var dept = org.GetDepartment(id);
            if (dept is null) yield break;
            if (dept.HeadUserName is { } head && org.GetUser(head) is { Active: true } && seen.Add(head)) yield return head;
            id = dept.ParentId;
        }
    }

    // toLevel and toRole both end the chain; the head holding the role is included (审批到该角色为止).
    IEnumerable<string> ChainUpTo(IEnumerable<string> chain, int? toLevel, string? toRole)
    {
        var stopAt = toRole is null ? null : org.MembersOfRole(toRole).ToHashSet();
        var level = 0;
        foreach (var head in chain)
        {
            yield return head;
            if (++level == toLevel || stopAt?.Contains(head) == true) yield break;
        }
    }

    IEnumerable<string> LeaderOf(string userName) =>
        org.GetUser(userName)?.DepartmentId is { } dept ? LeaderFrom(dept) : [];

    // 分管领导: the nearest department up the tree that names one (groups usually inherit the region's).
    IEnumerable<string> LeaderFrom(string departmentId)
    {
        string? id = departmentId;
        for (var depth = 0; id is not null && depth < MaxDepth; depth++)
        {
            var dept = org.GetDepartment(id);
            if (dept is null) yield break;
            if (dept.LeaderUserName is { } leader && org.GetUser(leader) is { Active: true }) yield return leader;
            id = dept.ParentId;
        }
    }

    // 直接主管: the manager set on the user, else the nearest head; level N repeats that N times.
    IEnumerable<string> Supervisor(string userName, int level)
    {
        var current = userName;
        for (var i = 0; i < level; i++)
        {
            var user = org.GetUser(current);
            var next = user?.ManagerUserName is { } m && m != current && org.GetUser(m) is { Active: true }
                ? m
                : HeadChain(current).FirstOrDefault();
            if (next is null) return [];
            current = next;
        }
        return [current];
    }
}
