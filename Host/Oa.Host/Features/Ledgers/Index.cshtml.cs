using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Oa.Host.Features.Ledgers;

/// <summary>台账: the ledgers the user may read, with the scope they see them in.</summary>
public sealed class LedgersIndexModel(LedgerGate gate) : PageModel
{
    public IReadOnlyList<LedgerGate.Opened> Ledgers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Ledgers = await gate.VisibleAsync(User, ct);

    public static string ScopeText(LedgerScope scope) => scope switch
    {
        LedgerScope.All => "全部数据",
        LedgerScope.Department => "本部门及下级",
        LedgerScope.Own => "本人数据",
        _ => "无权限",
    };
}
