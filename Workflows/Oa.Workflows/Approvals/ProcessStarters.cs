using Oa.Workflows.Ports;

namespace Oa.Workflows.Approvals;

// startableBy: who sees the process in the catalogue and may submit it. Empty = everyone active.
public static class ProcessStarters
{
    public static bool CanStart(ProcessSettings settings, string userName, IOrgDirectory org)
    {
        if (org.GetUser(userName) is not { Active: true } user) return false;
        if (settings.StartableBy.Count == 0) return true;
        return settings.StartableBy.Any(rule => rule.Kind switch
        {
            StarterKind.User => rule.Value == userName,
            StarterKind.Role => org.MembersOfRole(rule.Value).Contains(userName),
            // a department includes its sub-departments: dept:d-ops admits the whole 服务运营部
            StarterKind.Dept => user.DepartmentId is not null && org.MembersOfDepartment(rule.Value, includeChildren: true).Contains(userName),
            _ => false,
        });
    }
}
