using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Ledgers;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// Publishes ledger definitions: the shipped files in <c>Definitions/Ledgers</c> at start and an admin's upload.
/// An unchanged file (same content hash) publishes nothing; a folder with any bad file publishes nothing.
/// </summary>
public sealed class LedgerPublisher(OaDbContext db, LedgerCatalog catalog, TimeProvider clock, ILogger<LedgerPublisher> log)
{
    public sealed record Outcome(IReadOnlyList<(string Key, bool Changed)> Published, IReadOnlyList<string> Problems)
    {
        public bool Succeeded => Problems.Count == 0;
    }

    public async Task<Outcome> PublishAsync(IReadOnlyList<(string Name, string Json)> files, string userName, CancellationToken ct)
    {
        var problems = new List<string>();
        var parsed = new List<(LedgerDefinition Definition, string Json, string Name)>();
        foreach (var (name, json) in files)
        {
            var (definition, errors) = LedgerDefinitionParser.Parse(json);
            problems.AddRange(errors.Select(e => $"{name}: {e}"));
            if (definition is not null) parsed.Add((definition, json, name));
        }
        foreach (var dup in parsed.GroupBy(p => p.Definition.Key).Where(g => g.Count() > 1))
            problems.Add($"key '{dup.Key}' 重复 (defined more than once)");
        if (problems.Count > 0) return new Outcome([], problems);
        // A ledger's own 关联记录 fields (a loan naming its customer) must name a ledger — published or in this upload — and its fields.
        var fields = (await catalog.AllAsync(db, ct)).ToDictionary(l => l.Key, l => LedgerReferences.FieldsOf(l.Schema), StringComparer.Ordinal);
        foreach (var (definition, _, _) in parsed) fields[definition.Key] = LedgerReferences.FieldsOf(definition.Schema);
        foreach (var (definition, _, name) in parsed)
            problems.AddRange(LedgerReferences.Check(definition.Schema, k => fields.GetValueOrDefault(k)).Select(p => $"{name}: form: {p.ComponentId}: {p.Message}"));
        if (problems.Count > 0) return new Outcome([], problems);

        var published = new List<(string, bool)>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (definition, json, _) in parsed)
        {
            var row = await db.LedgerDefinitions.FirstOrDefaultAsync(d => d.Key == definition.Key, ct);
            if (row?.ContentHash == definition.Hash)
            {
                published.Add((definition.Key, false));
                continue;
            }
            if (row is null) db.LedgerDefinitions.Add(row = new LedgerDefinitionRecord { Key = definition.Key, Name = definition.Name, Json = json, ContentHash = definition.Hash });
            row.Name = definition.Name;
            row.Json = json;
            row.ContentHash = definition.Hash;
            row.Version++;
            row.UpdatedAt = clock.GetUtcNow();
            row.UpdatedBy = userName;
            published.Add((definition.Key, true));
        }
        await db.SaveChangesAsync(ct);
        if (published.Any(p => p.Item2)) await db.BumpAsync(LedgerCatalog.StampArea, ct);
        await tx.CommitAsync(ct);
        return new Outcome(published, []);
    }

    /// <summary>Imports <c>*.ledger.json</c> from a folder (the shipped <c>Definitions/Ledgers</c>); logs problems.</summary>
    public async Task<bool> ImportFolderAsync(string dir, CancellationToken ct)
    {
        if (!Directory.Exists(dir)) return true;
        var files = Directory.GetFiles(dir, "*.ledger.json").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
        var outcome = await PublishAsync(files, "system", ct);
        foreach (var p in outcome.Problems) log.LogError("Ledger definition {Problem}", p);
        if (outcome.Succeeded) log.LogInformation("Ledgers from {Dir}: {Count} definitions, {Changed} changed", dir, outcome.Published.Count, outcome.Published.Count(p => p.Changed));
        return outcome.Succeeded;
    }
}
