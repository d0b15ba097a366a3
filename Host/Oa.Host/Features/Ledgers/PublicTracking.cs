using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// The public progress lookup for registers with a tracking number (投诉编号): the 8-digit number and the contact
/// phone on the record must both match, and the answer is only the status and dates, never the content. Each
/// client address gets <see cref="Limit"/> attempts per <see cref="Window"/>, so numbers cannot be enumerated.
/// </summary>
public sealed class PublicTracking(TimeProvider clock)
{
    public const int Limit = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (DateTimeOffset Start, int Count)> _attempts = new();

    public sealed record Answer(string Ledger, string Number, string Status, DateTimeOffset Registered, DateTimeOffset Updated);

    /// <summary>False when the client used up its attempts in the current window.</summary>
    public bool TryCount(string client)
    {
        var now = clock.GetUtcNow();
        if (_attempts.Count > 10_000) foreach (var old in _attempts.Where(a => now - a.Value.Start > Window)) _attempts.TryRemove(old.Key, out _);
        var entry = _attempts.AddOrUpdate(client, _ => (now, 1), (_, e) => now - e.Start > Window ? (now, 1) : (e.Start, e.Count + 1));
        return entry.Count <= Limit;
    }

    public static async Task<Answer?> FindAsync(OaDbContext db, LedgerCatalog catalog, string number, string phone, CancellationToken ct)
    {
        number = number.Trim();
        phone = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (number.Length != 8 || !number.All(char.IsAsciiDigit) || phone.Length < 5) return null;
        foreach (var ledger in (await catalog.AllAsync(db, ct)).Where(l => l.TrackingField is not null && l.PhoneField is not null))
        {
            var record = await db.LedgerRecords.AsNoTracking()
                .Where(r => r.LedgerKey == ledger.Key && db.LedgerFieldValues.Any(v => v.RecordId == r.Id && v.Field == ledger.TrackingField && v.Text == number))
                .FirstOrDefaultAsync(ct);
            if (record is null) continue;
            var data = System.Text.Json.Nodes.JsonNode.Parse(record.DataJson)!.AsObject();
            var stored = new string((LedgerIndexer.Text(data[ledger.PhoneField!]) ?? "").Where(char.IsAsciiDigit).ToArray());
            if (stored != phone) return null;
            var status = ledger.StatusField is { } s ? LedgerIndexer.Display(ledger, s, data) : "已登记";
            return new Answer(ledger.Name, number, status, record.CreatedAt, record.UpdatedAt);
        }
        return null;
    }
}
