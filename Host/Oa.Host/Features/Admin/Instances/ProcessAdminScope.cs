using System.Security.Claims;
using Oa.Host.Engine;
using Oa.Host.Identity;

namespace Oa.Host.Features.Admin.Instances;

/// <summary>
/// Which processes a caller administers: admins all of them; a process admin those whose <c>oa:process admins</c>
/// lists them, or that list nobody (then every process admin looks after it, as before the list existed).
/// The latest version decides, so removing someone from the list takes effect for the instances of old versions too.
/// </summary>
public static class ProcessAdminScope
{
    public static bool Administers(ClaimsPrincipal principal, PublishedProcess? latest)
    {
        if (principal.IsInRole(Roles.Admin)) return true;
        if (!principal.IsInRole(Roles.ProcessAdmin)) return false;
        if (latest is null) return false;
        var admins = latest.Settings.Admins;
        return admins.Count == 0 || admins.Contains(principal.UserName(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Process keys the caller administers, or null for "all" (admins, so the query needs no filter).</summary>
    public static IReadOnlyList<string>? Keys(ClaimsPrincipal principal, EngineHost engine) =>
        principal.IsInRole(Roles.Admin) ? null : engine.Definitions.Latest.Where(p => Administers(principal, p)).Select(p => p.Key).ToList();
}
