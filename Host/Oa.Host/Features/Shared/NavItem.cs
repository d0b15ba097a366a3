namespace Oa.Host.Features.Shared;

/// <summary>
/// A top-navigation entry; features add theirs to <see cref="Items"/> as they ship, so no link leads nowhere.
/// <see cref="OrRole"/> is a second role that also sees the entry (admins see what process admins see).
/// </summary>
public sealed record NavItem(string Text, string Href, string? Role = null, string? OrRole = null)
{
    public static readonly List<NavItem> Items =
    [
        new("工作台", "/"),
        new("发起审批", "/Workbench/Start"),
        new("待办", "/Workbench/Inbox?box=todo"),
        new("已办", "/Workbench/Inbox?box=done"),
        new("我发起的", "/Workbench/Inbox?box=mine"),
        new("抄送我的", "/Workbench/Inbox?box=cc"),
        new("台账", "/Ledgers"),
        new("考勤", "/Attendance"),
        new("流程管理", "/Designer", "process-admin", OrRole: "admin"),
        new("实例管理", "/Admin/Instances", "process-admin", OrRole: "admin"),
        new("管理", "/Admin", "admin"),
    ];

    public bool IsVisibleTo(System.Security.Claims.ClaimsPrincipal user) =>
        Role is null || user.IsInRole(Role) || (OrRole is not null && user.IsInRole(OrRole));

    /// <summary>Links with a query (the inbox boxes) match on path and query; the others on the path prefix.</summary>
    public bool IsActive(HttpRequest request)
    {
        var path = request.Path.Value ?? "/";
        if (Href == "/") return path == "/";
        var q = Href.IndexOf('?');
        if (q < 0) return path.StartsWith(Href, StringComparison.OrdinalIgnoreCase);
        if (!path.Equals(Href[..q], StringComparison.OrdinalIgnoreCase)) return false;
        var wanted = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Href[q..]);
        // The inbox without a box is the to-do box.
        return wanted.All(w => request.Query.TryGetValue(w.Key, out var v) ? v == w.Value : w.Key == "box" && w.Value == "todo");
    }
}
