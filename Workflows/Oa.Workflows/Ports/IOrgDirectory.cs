namespace Oa.Workflows.Ports;

/// <summary>
/// The organisation as the engine sees it: users are identified by their user name (pinyin, e.g. "zhangsan").
/// Deliberately narrow: derived look-ups (head at level N, chain of heads) are computed by the engine from these.
/// The host implements it over its organisation tables and caches it.
/// </summary>
public interface IOrgDirectory
{
    OrgUser? GetUser(string userName);

    OrgDepartment? GetDepartment(string departmentId);

    /// <summary>Active users holding the role (business roles such as 财务, 人事 are roles too).</summary>
    IReadOnlyList<string> MembersOfRole(string role);

    /// <summary>Active users of the department, and of its sub-departments when <paramref name="includeChildren"/>.</summary>
    IReadOnlyList<string> MembersOfDepartment(string departmentId, bool includeChildren);
}

/// <param name="ManagerUserName">Direct supervisor, when set explicitly on the user.</param>
public sealed record OrgUser(string UserName, string DisplayName, string? DepartmentId, string? ManagerUserName, bool Active);

/// <param name="HeadUserName">部门负责人.</param>
/// <param name="LeaderUserName">分管领导, the executive in charge of the department.</param>
public sealed record OrgDepartment(string Id, string Name, string? ParentId, string? HeadUserName, string? LeaderUserName);
