namespace Oa.Host.Features.Shared;

/// <summary>A top-navigation entry; features add theirs to <see cref="Items"/> as they ship, so no link leads nowhere.</summary>
public sealed record NavItem(string Text, string Href, string? Role = null)
{
    public static readonly List<NavItem> Items =
    [
        new("工作台", "/"),
    ];
}
