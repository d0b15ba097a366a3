using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Oa.Host.Features.Ledgers;

/// <summary>台账: the ledgers the user may read, with the scope they see them in.</summary>
public sealed class LedgersIndexModel(LedgerGate gate, Reports.ProcessReports reports) : PageModel
{
    public IReadOnlyList<LedgerGate.Opened> Ledgers { get; private set; } = [];
    /// <summary>Shows the 报表 link only to those with a report scope (admins, process admins, department heads).</summary>
    public bool CanReport { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Ledgers = await gate.VisibleAsync(User, ct);
        CanReport = !(await reports.ScopeAsync(User, ct)).Scope.IsEmpty;
    }

    public static string ScopeText(LedgerScope scope) => scope switch
    {
        LedgerScope.All => "全部数据",
        LedgerScope.Department => "本部门及下级",
        LedgerScope.Own => "本人数据",
        _ => "无权限",
    };
}
