using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Ledgers;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// Resolves a ledger and the caller's access to it in one step. A ledger the caller has no scope in, and a record
/// outside their scope, are both "not found": the caller learns nothing about data they may not read.
/// </summary>
public sealed class LedgerGate(OaDbContext db, LedgerCatalog catalog, OrgCache org, TimeProvider clock)
{
    public sealed record Opened(LedgerDefinition Ledger, LedgerAccess Access, OrgSnapshot Org);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<Opened?> OpenAsync(string key, ClaimsPrincipal user, CancellationToken ct)
    {
        var ledger = await catalog.GetAsync(db, key, ct);
        if (ledger is null) return null;
        var snapshot = await org.GetAsync(ct);
        var access = LedgerAccess.For(ledger, user, snapshot);
        if (access.Scope != LedgerScope.All) access = access.WithBorrowed(await LedgerLoans.BorrowedAsync(db, ledger, access.UserName, Today, ct));
        return access.CanRead ? new Opened(ledger, access, snapshot) : null;
    }

    public async Task<IReadOnlyList<Opened>> VisibleAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var snapshot = await org.GetAsync(ct);
        var opened = new List<Opened>();
        foreach (var ledger in await catalog.AllAsync(db, ct))
        {
            var access = LedgerAccess.For(ledger, user, snapshot);
            if (access.Scope != LedgerScope.All && ledger.Loans is not null)
                access = access.WithBorrowed(await LedgerLoans.BorrowedAsync(db, ledger, access.UserName, Today, ct));
            if (access.CanRead) opened.Add(new Opened(ledger, access, snapshot));
        }
        return opened;
    }

    /// <summary>The record when it exists in this ledger and lies in the caller's scope; tracked when it is to be changed.</summary>
    public async Task<LedgerRecord?> FindAsync(Opened opened, long id, bool track, CancellationToken ct)
    {
        var query = db.LedgerRecords.Where(r => r.Id == id && r.LedgerKey == opened.Ledger.Key);
        if (track) query = query.Include(r => r.Values);
        else query = query.AsNoTracking();
        var record = await query.FirstOrDefaultAsync(ct);
        return record is not null && opened.Access.CanSee(record) ? record : null;
    }

    public LedgerRecordView View(Opened opened, LedgerRecord record) => LedgerRecordView.From(opened.Ledger, record, opened.Org, Today);
}
