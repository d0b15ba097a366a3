using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;

namespace Oa.Host.Features.Ledgers.Contracts;

/// <summary>
/// GET /api/ledgers/{key}/overdue (contract ledgers): per salesperson in the caller's scope, how many contracts
/// and how much money are overdue today, with the overdue contracts themselves. Status depends on today's date, so
/// it is computed when asked rather than stored.
/// </summary>
public static class OverdueView
{
    public sealed record OverdueContract(long Id, string Title, DateOnly? EarliestDue, decimal OverdueAmount, decimal Outstanding);

    public sealed record SalespersonRow(string Owner, string? OwnerName, string? Department, int Contracts, int OverdueContracts,
        decimal OverdueAmount, decimal Outstanding, IReadOnlyList<OverdueContract> Overdue);

    public static async Task<IResult> Get(string key, ClaimsPrincipal user, LedgerGate gate, OaDbContext db, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, user, ct) is not { } o) return TypedResults.NotFound();
        if (!o.Ledger.IsContract) return TypedResults.NotFound();
        return TypedResults.Ok(await RowsAsync(gate, o, db, ct));
    }

    public static async Task<List<SalespersonRow>> RowsAsync(LedgerGate gate, LedgerGate.Opened o, OaDbContext db, CancellationToken ct)
    {
        var records = await o.Access.Filter(db.LedgerRecords.AsNoTracking().Where(r => r.LedgerKey == o.Ledger.Key)).ToListAsync(ct);
        return records.Select(r => gate.View(o, r)).GroupBy(v => v.Owner).Select(g =>
        {
            var overdue = g.Where(v => v.Contract!.OverdueAmount > 0).Select(v => new OverdueContract(v.Id, v.Title,
                v.Contract!.Plan.Where(p => p.Overdue).Min(p => p.Due), v.Contract.OverdueAmount, v.Contract.Outstanding)).OrderBy(c => c.EarliestDue).ToList();
            var first = g.First();
            return new SalespersonRow(g.Key, first.OwnerName, o.Org.DepartmentPath(first.OwnerDepartmentId), g.Count(), overdue.Count,
                overdue.Sum(c => c.OverdueAmount), g.Sum(v => v.Contract!.Outstanding), overdue);
        }).OrderByDescending(r => r.OverdueAmount).ThenBy(r => r.Owner, StringComparer.Ordinal).ToList();
    }
}
