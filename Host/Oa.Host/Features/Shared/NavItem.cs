namespace Oa.Host.Features.Shared;

/// <summary>A top-navigation entry; features add theirs to <see cref="Items"/> as they ship, so no link leads nowhere.</summary>
public sealed record NavItem(string Text, string Href, string? Role = null)
{
    public static readonly List<NavItem> Items =
    [
        new("工作台", "/"),
        new("发起审批", "/Workbench/Start"),
        new("待办", "/Workbench/Inbox?box=todo"),
        new("已办", "/Workbench/Inbox?box=done"),
        new("我发起的", "/Workbench/Inbox?box=mine"),
        new("抄送我的", "/Workbench/Inbox?box=cc"),
    ];
}
