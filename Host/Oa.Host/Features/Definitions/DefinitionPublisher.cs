using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;

namespace Oa.Host.Features.Definitions;

/// <summary>
/// Publishes a set of files as new immutable versions, all or nothing. A file identical to the latest published
/// version of the same process or form publishes nothing, so importing the same folder twice is a no-op.
/// </summary>
public sealed class DefinitionPublisher(OaDbContext db, EngineHost engine, TimeProvider clock, Ledgers.LedgerCatalog ledgerCatalog)
{
    public async Task<PublishOutcome> PublishAsync(IReadOnlyList<DefinitionFile> files, string? user, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await PublishOnceAsync(files, user, ct);
            }
            catch (DbUpdateException e) when (attempt < 3 && UniqueViolation.Is(e))
            {
                // Only the very first publish on a fresh database can get here (two nodes inserting the stamp row at once):
                // afterwards the stamp row lock below serialises publishers.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<PublishOutcome> PublishOnceAsync(IReadOnlyList<DefinitionFile> files, string? user, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var registry = engine.Definitions;
        // A form's 关联记录 fields must name a published ledger and fields it has (DefinitionValidator, LedgerReferences).
        var ledgers = files.Any(f => f.IsForm) ? (await ledgerCatalog.AllAsync(db, ct)).ToDictionary(l => l.Key, l => Ledgers.LedgerReferences.FieldsOf(l.Schema), StringComparer.Ordinal)
            : new Dictionary<string, IReadOnlySet<string>>();
        var check = DefinitionValidator.Check(files, f => registry.LatestForm(f) is not null, p => registry.LatestOf(p) is not null, k => ledgers.GetValueOrDefault(k));
        if (check.Problems.Count > 0) return new PublishOutcome([], [], check.Problems);

        var now = clock.GetUtcNow();
        var formsOut = new List<PublishedFormVersion>();
        var processesOut = new List<PublishedProcessVersion>();
        var added = new List<ProcessDefinitionRecord>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Bumping the definitions stamp first takes its row lock, so publishers of the same key queue here instead of both
        // reading version N and both inserting N + 1 (SQLite's BEGIN IMMEDIATE already serialises them). A publish that
        // changes nothing rolls back, bump included.
        await db.BumpAsync(ChangeStamps.Definitions, ct);
        foreach (var (file, formId, _) in check.Forms)
        {
            var hash = Hash(file.Content);
            var latest = await db.FormDefinitions.Where(f => f.FormId == formId).OrderByDescending(f => f.Version).FirstOrDefaultAsync(ct);
            if (latest?.ContentHash == hash)
            {
                formsOut.Add(new(formId, latest.Version, false));
                continue;
            }
            var row = new FormDefinitionRecord { FormId = formId, Version = (latest?.Version ?? 0) + 1, SchemaJson = file.Content, ContentHash = hash, SourceName = file.Name, DeployedAt = now, DeployedBy = user };
            db.FormDefinitions.Add(row);
            formsOut.Add(new(formId, row.Version, true));
        }
        foreach (var (file, process) in check.Processes)
        {
            var hash = Hash(file.Content);
            var latest = await db.ProcessDefinitions.Where(p => p.Key == process.Key).OrderByDescending(p => p.Version).FirstOrDefaultAsync(ct);
            // A changed form is a reason to re-publish too: the process version pins the form version it was published with.
            if (latest?.FileHash == hash && formsOut.All(f => !f.Changed || f.Id != process.FormId))
            {
                processesOut.Add(new(process.Key, latest.Version, latest.Id, false));
                continue;
            }
            var row = new ProcessDefinitionRecord
            {
                Key = process.Key, Version = (latest?.Version ?? 0) + 1, Name = process.Name ?? process.Key,
                Category = ProcessXml.Settings(ProcessXml.Process(file.Content, process.Key), process.Key).Settings.Category, FormId = process.FormId,
                BpmnXml = file.Content, FileHash = hash, ContentHash = process.ContentHash, SourceName = file.Name, DeployedAt = now, DeployedBy = user,
            };
            db.ProcessDefinitions.Add(row);
            added.Add(row);
        }
        if (added.Count == 0 && formsOut.All(f => !f.Changed)) return new PublishOutcome(processesOut, formsOut, []);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        processesOut.AddRange(added.Select(r => new PublishedProcessVersion(r.Key, r.Version, r.Id, true)));
        await engine.PrepareAsync(ct);
        return new PublishOutcome(processesOut, formsOut, []);
    }

    /// <summary>Reads every .bpmn and .form under a folder (the shipped Definitions/ or an admin's export).</summary>
    public static IReadOnlyList<DefinitionFile> ReadFolder(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => new DefinitionFile(Path.GetRelativePath(dir, f), File.ReadAllText(f)))
            .Where(f => f.IsBpmn || f.IsForm)
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

    private static string Hash(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
