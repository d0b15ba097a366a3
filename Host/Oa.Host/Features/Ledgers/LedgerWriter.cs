using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Oa.Forms.Validation;
using Oa.Host.Data;
using Oa.Host.Data.Ledgers;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// Every change to ledger records goes through here, whoever makes it (API, page, Excel import, a process):
/// the form is validated exactly as a process form is (Oa.Forms), the query columns are rebuilt, and an audit
/// row with before → after per field is written in the same transaction. Callers check access first.
/// </summary>
public sealed class LedgerWriter(OaDbContext db, OrgCache org, TimeProvider clock)
{
    public sealed record Change(string Actor, string Source, string Language = "zh-CN", string? JobId = null);

    /// <summary>Validates without saving (import preview); returns the cleaned data or the errors.</summary>
    public static (JsonObject Data, IDictionary<string, string[]> Errors) Validate(LedgerDefinition ledger, JsonObject submitted, JsonObject? existing, string language)
    {
        var merged = existing?.DeepClone().AsObject() ?? [];
        foreach (var (k, v) in submitted) merged[k] = v?.DeepClone();
        var result = FormSubmissionProcessor.Process(ledger.Schema, merged, new FormContext { ExistingData = existing, Language = language });
        var errors = result.MessagesByPath(language).ToDictionary(e => e.Key, e => e.Value);
        return (result.Data, errors);
    }

    public async Task<LedgerWriteResult> CreateAsync(LedgerDefinition ledger, JsonObject submitted, string ownerUserName, Change change, CancellationToken ct)
    {
        // The tracking number is usually read-only in the form: it enters as existing data, which read-only fields keep.
        // A process that already numbered the case (投诉受理's serial) passes its 8 digits on; anything else gets a new one.
        JsonObject? issued = null;
        if (ledger.TrackingField is { } tracking)
        {
            var given = LedgerIndexer.Text(submitted[tracking]);
            submitted.Remove(tracking);
            issued = new JsonObject { [tracking] = given is { Length: 8 } && given.All(char.IsAsciiDigit) ? given : await NewTrackingNumberAsync(ledger, ct) };
        }
        if (CustomerOnly(ledger, submitted, null, change) is { } refused) return refused;
        var (data, errors) = Validate(ledger, submitted, issued, change.Language);
        if (errors.Count > 0) return new LedgerWriteResult.Invalid(errors);
        var snapshot = await org.GetAsync(ct);
        var now = clock.GetUtcNow();
        var record = new LedgerRecord
        {
            LedgerKey = ledger.Key, OwnerUserName = ownerUserName, OwnerDepartmentId = snapshot.GetUser(ownerUserName)?.DepartmentId,
            CreatedAt = now, CreatedBy = change.Actor, UpdatedAt = now, UpdatedBy = change.Actor, Version = 1,
        };
        LedgerIndexer.Apply(ledger, record, data);
        if (await DuplicateAsync(ledger, record, ct) is { } duplicate) return duplicate;
        return await SaveAsync(ledger, record, "created", null, data, change, isNew: true, ct);
    }

    public async Task<LedgerWriteResult> UpdateAsync(LedgerDefinition ledger, LedgerRecord record, JsonObject submitted, int? expectedVersion, Change change, CancellationToken ct)
    {
        if (expectedVersion is { } v && v != record.Version) return new LedgerWriteResult.Conflict();
        var before = JsonNode.Parse(record.DataJson)!.AsObject();
        if (ledger.IsLocked(before)) return Locked(ledger);
        if (ledger.TrackingField is { } tracking) submitted.Remove(tracking); // issued once, never edited
        if (CustomerOnly(ledger, submitted, before, change) is { } refused) return refused;
        var (data, errors) = Validate(ledger, submitted, before, change.Language);
        if (errors.Count > 0) return new LedgerWriteResult.Invalid(errors);
        if (LedgerAudit.Diff(ledger, before, data).Count == 0) return new LedgerWriteResult.Ok(record); // nothing changed, nothing audited
        record.UpdatedAt = clock.GetUtcNow();
        record.UpdatedBy = change.Actor;
        record.Version++;
        LedgerIndexer.Apply(ledger, record, data);
        if (await DuplicateAsync(ledger, record, ct) is { } duplicate) return duplicate;
        return await SaveAsync(ledger, record, "updated", before, data, change, isNew: false, ct);
    }

    public async Task<LedgerWriteResult> DeleteAsync(LedgerDefinition ledger, LedgerRecord record, int? expectedVersion, Change change, CancellationToken ct)
    {
        if (expectedVersion is { } v && v != record.Version) return new LedgerWriteResult.Conflict();
        var before = JsonNode.Parse(record.DataJson)!.AsObject();
        if (ledger.IsLocked(before)) return Locked(ledger);
        db.LedgerRecords.Remove(record);
        return await SaveAsync(ledger, record, "deleted", before, null, change, isNew: false, ct);
    }

    private async Task<LedgerWriteResult> SaveAsync(LedgerDefinition ledger, LedgerRecord record, string action, JsonObject? before, JsonObject? after, Change change, bool isNew, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (isNew) db.LedgerRecords.Add(record);
            await db.SaveChangesAsync(ct);
            db.LedgerAudit.Add(new LedgerAuditEntry
            {
                LedgerKey = ledger.Key, RecordId = record.Id, Action = action, UserName = change.Actor, At = clock.GetUtcNow(),
                Source = change.Source, JobId = change.JobId, ChangesJson = JsonSerializer.Serialize(LedgerAudit.Diff(ledger, before ?? [], after ?? []), LedgerAudit.Json),
            });
            await db.SaveChangesAsync(ct);
            if (own is not null) await own.CommitAsync(ct);
            return new LedgerWriteResult.Ok(record);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new LedgerWriteResult.Conflict();
        }
        catch (DbUpdateException) when (change.JobId is null && record.MatchKey is not null && ledger.MatchField is not null)
        {
            // Another request took the same match key between our check and our insert (unique index).
            db.ChangeTracker.Clear();
            return new LedgerWriteResult.Invalid(new Dictionary<string, string[]>
            {
                [ledger.MatchField] = [$"{ledger.ColumnLabel(ledger.MatchField)}「{record.MatchKey}」已存在 (a record with this value exists)"],
            });
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    // 评价后不能修改 (seed 001): the record stays as the customer judged it.
    private static LedgerWriteResult.Invalid Locked(LedgerDefinition ledger) => new(new Dictionary<string, string[]>
    {
        [ledger.LockField!] = [$"已有{ledger.ColumnLabel(ledger.LockField!)}，记录已锁定，不能修改或删除 (the record is locked)"],
    });

    /// <summary>Staff sending a customer field with a new value (an engineer grading their own service) is refused.</summary>
    private static LedgerWriteResult.Invalid? CustomerOnly(LedgerDefinition ledger, JsonObject submitted, JsonObject? before, Change change)
    {
        if (change.Source == Evaluation.CustomerEvaluation.Source) return null;
        var errors = ledger.CustomerFields
            .Where(f => LedgerIndexer.Text(submitted[f]) is { Length: > 0 } given && given != LedgerIndexer.Text(before?[f]))
            .ToDictionary(f => f, f => new[] { $"{ledger.ColumnLabel(f)}由客户通过评价链接填写 (filled in by the customer through the evaluation link)" });
        return errors.Count > 0 ? new LedgerWriteResult.Invalid(errors) : null;
    }

    private async Task<LedgerWriteResult?> DuplicateAsync(LedgerDefinition ledger, LedgerRecord record, CancellationToken ct)
    {
        if (record.MatchKey is null) return null;
        var taken = await db.LedgerRecords.AnyAsync(r => r.LedgerKey == ledger.Key && r.MatchKey == record.MatchKey && r.Id != record.Id, ct);
        return taken ? new LedgerWriteResult.Invalid(new Dictionary<string, string[]>
        {
            [ledger.MatchField!] = [$"{ledger.ColumnLabel(ledger.MatchField!)}「{record.MatchKey}」已存在 (a record with this value exists)"],
        }) : null;
    }

    /// <summary>8 random digits (no leading zero), unique in the ledger: hard to guess, easy to read out on the phone.</summary>
    private async Task<string> NewTrackingNumberAsync(LedgerDefinition ledger, CancellationToken ct)
    {
        while (true)
        {
            var number = RandomNumberGenerator.GetInt32(10_000_000, 100_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!await db.LedgerFieldValues.AnyAsync(v => v.LedgerKey == ledger.Key && v.Field == ledger.TrackingField && v.Text == number, ct)) return number;
        }
    }
}
