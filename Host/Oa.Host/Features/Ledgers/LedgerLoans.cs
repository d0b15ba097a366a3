using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// Which records of a ledger the user may read through a running loan (<see cref="LedgerLoanRule"/>). Read on every
/// open, so a loan stops granting anything the day after its end date without a job having to revoke it.
/// </summary>
public static class LedgerLoans
{
    public static async Task<IReadOnlySet<long>> BorrowedAsync(OaDbContext db, LedgerDefinition ledger, string userName, DateOnly today, CancellationToken ct)
    {
        var ids = new HashSet<long>();
        if (ledger.Loans is not { } rule) return ids;
        var loans = await db.LedgerRecords.AsNoTracking().Where(r => r.LedgerKey == rule.Ledger && r.OwnerUserName == userName)
            .Select(r => r.DataJson).ToListAsync(ct);
        foreach (var json in loans)
        {
            if (JsonNode.Parse(json) is not JsonObject data) continue;
            if (Day(data[rule.FromField]) is not { } from || Day(data[rule.UntilField]) is not { } until) continue;
            if (from > today || until < today) continue;
            if (RecordId(data[rule.RecordField]) is { } id) ids.Add(id);
        }
        return ids;
    }

    private static DateOnly? Day(JsonNode? value) =>
        LedgerIndexer.Text(value) is { Length: >= 10 } s && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", out var d) ? d : null;

    // The related-record picker stores { id, title }; a bare id is accepted too.
    private static long? RecordId(JsonNode? value) =>
        long.TryParse(LedgerIndexer.Text(value is JsonObject o ? o["id"] ?? o["recordId"] : value), out var id) ? id : null;
}
