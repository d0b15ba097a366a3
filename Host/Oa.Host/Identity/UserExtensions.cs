using System.Security.Claims;

namespace Oa.Host.Identity;

public static class UserExtensions
{
    /// <summary>The user name (the identity the engine and inbox use).</summary>
    public static string UserName(this ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("unauthenticated");

    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin);
}
