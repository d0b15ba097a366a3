using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Data;
using Oa.Host.Features.Ledgers.Contracts;

namespace Oa.Host.Features.Ledgers;

/// <summary>逾期回款: overdue receivables per salesperson, within the viewer's data scope.</summary>
public sealed class LedgerOverdueModel(LedgerGate gate, OaDbContext db) : PageModel
{
    public LedgerDefinition Ledger { get; private set; } = null!;
    public IReadOnlyList<OverdueView.SalespersonRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, User, ct) is not { } o || !o.Ledger.IsContract) return NotFound();
        Ledger = o.Ledger;
        Rows = await OverdueView.RowsAsync(gate, o, db, ct);
        return Page();
    }
}
