using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Features.Org;
using Oa.Host.Identity;
using Oa.Workflows.Approvals;

namespace Oa.Host.Features.Workbench;

/// <summary>发起审批: the processes this user may start, grouped by category, filtered by the search box, with the recently used first.</summary>
public sealed class StartModel(EngineHost engine, OrgCache orgCache, OaDbContext db) : PageModel
{
    public sealed record Item(string Key, string Name, string Category, bool HasForm, string? Icon = null);

    public const string Uncategorised = "其他";

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }

    public IReadOnlyList<IGrouping<string, Item>> Groups { get; private set; } = [];
    public IReadOnlyList<Item> Recent { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var user = User.UserName();
        var org = await orgCache.GetAsync(user, ct);
        // The same rule as StartService: a process you may not start is not offered.
        var all = engine.Definitions.Latest.Where(p => ProcessStarters.CanStart(p.Settings, user, org))
            .Select(p => new Item(p.Key, p.Name, string.IsNullOrWhiteSpace(p.Category) ? Uncategorised : p.Category!, p.FormId is not null, p.Settings.Icon))
            .ToList();
        Total = all.Count;
        var q = Query?.Trim();
        var shown = string.IsNullOrEmpty(q) ? all : all.Where(i => Matches(i, q)).ToList();
        Groups = shown.OrderBy(i => i.Category == Uncategorised).ThenBy(i => i.Category, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.Ordinal)
            .GroupBy(i => i.Category).ToList();
        if (string.IsNullOrEmpty(q)) Recent = await RecentAsync(user, all, ct);
    }

    private static bool Matches(Item i, string q) =>
        i.Name.Contains(q, StringComparison.OrdinalIgnoreCase) || i.Key.Contains(q, StringComparison.OrdinalIgnoreCase) || i.Category.Contains(q, StringComparison.OrdinalIgnoreCase);

    /// <summary>The last few processes this user started (from the initiator index), still startable.</summary>
    private async Task<IReadOnlyList<Item>> RecentAsync(string user, List<Item> startable, CancellationToken ct)
    {
        var keys = await db.ProcessInstances.AsNoTracking().Where(i => i.Initiator == user).OrderByDescending(i => i.StartedAt)
            .Select(i => i.ProcessKey).Take(30).ToListAsync(ct);
        return keys.Distinct().Select(k => startable.FirstOrDefault(i => i.Key == k)).OfType<Item>().Take(4).ToList();
    }
}
