using System.Security.Claims;
using Oa.Host.Identity;

namespace Oa.Host.Features.Attendance;

/// <summary>HR (人事) and admins run attendance: import, calendar, close, confirm, re-open, reports, payments.</summary>
public static class AttendanceAccess
{
    public const string HrRole = "人事";
    public const string Policy = "attendance-hr";

    public static bool IsHr(this ClaimsPrincipal user) => user.IsInRole(HrRole) || user.IsInRole(Roles.Admin);
}
