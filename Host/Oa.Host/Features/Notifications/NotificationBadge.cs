using System.Security.Claims;
using Oa.Host.Data;
using Oa.Host.Identity;

namespace Oa.Host.Features.Notifications;

/// <summary>The bell's number in the top bar: unread notifications, "99+" beyond the cap; one index-only count per page.</summary>
public sealed class NotificationBadge(OaDbContext db)
{
    public async Task<string?> TextAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.Identity?.IsAuthenticated != true) return null;
        var count = await NotificationsApi.UnreadAsync(db, user.UserName(), ct);
        return count == 0 ? null : count > NotificationsApi.CountCap ? "99+" : count.ToString();
    }
}
