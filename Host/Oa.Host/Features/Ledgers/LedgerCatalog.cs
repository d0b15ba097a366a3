using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// The published ledger definitions, parsed once and shared. Like the process registry it re-reads the database
/// only when the <c>ledgers</c> change stamp moved, so a definition published on one host is used by all of them.
/// </summary>
public sealed class LedgerCatalog(ILogger<LedgerCatalog> log)
{
    public const string StampArea = "ledgers";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile IReadOnlyDictionary<string, LedgerDefinition> _byKey = new Dictionary<string, LedgerDefinition>();
    private long _stamp = -1;

    public IReadOnlyCollection<LedgerDefinition> All => [.. _byKey.Values.OrderBy(d => d.SortOrder).ThenBy(d => d.Key, StringComparer.Ordinal)];

    public async Task<LedgerDefinition?> GetAsync(OaDbContext db, string key, CancellationToken ct)
    {
        await EnsureFreshAsync(db, ct);
        return _byKey.GetValueOrDefault(key);
    }

    public async Task<IReadOnlyCollection<LedgerDefinition>> AllAsync(OaDbContext db, CancellationToken ct)
    {
        await EnsureFreshAsync(db, ct);
        return All;
    }

    public async Task EnsureFreshAsync(OaDbContext db, CancellationToken ct)
    {
        var stamp = await db.ReadAsync(StampArea, ct);
        if (stamp == Interlocked.Read(ref _stamp)) return;
        await _gate.WaitAsync(ct);
        try
        {
            if (stamp == _stamp) return;
            var rows = await db.LedgerDefinitions.AsNoTracking().ToListAsync(ct);
            var map = new Dictionary<string, LedgerDefinition>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var (definition, problems) = LedgerDefinitionParser.Parse(row.Json);
                if (definition is null) log.LogError("Stored ledger {Key} no longer parses: {Problems}", row.Key, string.Join("; ", problems));
                else map[definition.Key] = definition;
            }
            _byKey = map;
            Interlocked.Exchange(ref _stamp, stamp);
        }
        finally
        {
            _gate.Release();
        }
    }
}
