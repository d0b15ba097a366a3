using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Identity;

namespace Oa.Host.Features.Tasks;

/// <summary>Who may see and act on tasks and instances. Every task and instance endpoint goes through here.</summary>
public static class TaskAccess
{
    public static bool CanAct(WorkTask task, string user, IReadOnlyCollection<string> roles) =>
        task.Assignee is not null
            ? string.Equals(task.Assignee, user, StringComparison.OrdinalIgnoreCase)
            : task.Candidates.Any(c => (c.Kind == CandidateKind.User && string.Equals(c.Value, user, StringComparison.OrdinalIgnoreCase)) || (c.Kind == CandidateKind.Group && roles.Contains(c.Value)));

    /// <summary>Admins, the initiator, anyone who has or had a task in it, and anyone it was copied to.</summary>
    public static async Task<bool> CanSeeInstanceAsync(OaDbContext db, ProcessInstanceRecord instance, ClaimsPrincipal principal, CancellationToken ct)
    {
        if (principal.IsInRole(Roles.Admin) || principal.IsInRole(Roles.ProcessAdmin)) return true;
        var user = principal.UserName();
        if (string.Equals(instance.Initiator, user, StringComparison.OrdinalIgnoreCase)) return true;
        var roles = RolesOf(principal);
        if (await db.Tasks.AnyAsync(t => t.InstanceId == instance.Id && (t.Assignee == user || t.CompletedBy == user || t.Candidates.Any(c =>
                (c.Kind == CandidateKind.User && c.Value == user) || (c.Kind == CandidateKind.Group && roles.Contains(c.Value)))), ct))
            return true;
        return await db.CarbonCopies.AnyAsync(c => c.InstanceId == instance.Id && c.UserName == user, ct);
    }

    public static IReadOnlyCollection<string> RolesOf(ClaimsPrincipal principal) =>
        principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
}
