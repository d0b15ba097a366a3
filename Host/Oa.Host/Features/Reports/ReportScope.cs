using System.Security.Claims;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Features.Admin.Instances;
using Oa.Host.Features.Org;
using Oa.Host.Identity;

namespace Oa.Host.Features.Reports;

/// <summary>
/// Whose instances a caller may count (报表数据范围): admins every instance; process admins every instance of the
/// processes they administer (<see cref="ProcessAdminScope"/>); department heads the instances started by anyone in the
/// departments they head and below. The scopes add up, and every report figure — list, chart, table, Excel, dashboard —
/// is computed only over <see cref="Filter"/>, so no path can total an instance the caller may not see.
/// </summary>
public sealed class ReportScope
{
    private ReportScope(bool all, IReadOnlySet<string> processKeys, IReadOnlySet<string> departments)
    {
        All = all;
        ProcessKeys = processKeys;
        Departments = departments;
    }

    public bool All { get; }
    /// <summary>Processes reported in full (the caller administers them).</summary>
    public IReadOnlySet<string> ProcessKeys { get; }
    /// <summary>Departments (with their sub-departments) the caller heads: instances started there count.</summary>
    public IReadOnlySet<string> Departments { get; }

    public bool IsEmpty => !All && ProcessKeys.Count == 0 && Departments.Count == 0;

    public static ReportScope For(ClaimsPrincipal user, EngineHost engine, OrgSnapshot org)
    {
        if (user.IsInRole(Roles.Admin)) return new ReportScope(true, new HashSet<string>(), new HashSet<string>());
        var keys = user.IsInRole(Roles.ProcessAdmin)
            ? engine.Definitions.Latest.Where(p => ProcessAdminScope.Administers(user, p)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        return new ReportScope(false, keys, HeadedSubtree(org, user.UserName()));
    }

    /// <summary>The departments <paramref name="userName"/> heads, and everything below them.</summary>
    public static HashSet<string> HeadedSubtree(OrgSnapshot org, string userName)
    {
        var children = org.Departments.Where(d => d.ParentId is not null).ToLookup(d => d.ParentId!);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(org.Departments
            .Where(d => string.Equals(d.HeadUserName, userName, StringComparison.OrdinalIgnoreCase)).Select(d => d.Id));
        while (queue.TryDequeue(out var id))
            if (ids.Add(id))
                foreach (var child in children[id]) queue.Enqueue(child.Id);
        return ids;
    }

    public IQueryable<ProcessInstanceRecord> Filter(IQueryable<ProcessInstanceRecord> instances)
    {
        if (All) return instances;
        var keys = ProcessKeys.ToList();
        var departments = Departments.ToList();
        return instances.Where(i => keys.Contains(i.ProcessKey) || (i.InitiatorDepartmentId != null && departments.Contains(i.InitiatorDepartmentId)));
    }

    /// <summary>Only the caller's team (for the manager dashboard), even when the caller also administers processes.</summary>
    public IQueryable<ProcessInstanceRecord> Team(IQueryable<ProcessInstanceRecord> instances)
    {
        var departments = Departments.ToList();
        return instances.Where(i => i.InitiatorDepartmentId != null && departments.Contains(i.InitiatorDepartmentId));
    }
}
