using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Engine;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// <c>oa-ledger-upsert</c>: a process writes a ledger record. Task headers:
/// <c>ledger</c> (ledger key), <c>mapping</c> (<c>ledgerField=variable, …</c> or a JSON object ledgerField → variable),
/// optional <c>matchField</c> (defaults to the ledger's) and <c>resultVariable</c> (default <c>ledgerRecordId</c>).
/// The record whose match field equals the mapped value is updated (only the mapped fields change), otherwise one is
/// created, owned by the process initiator. Data is validated by the ledger's form; invalid data is the BPMN error
/// <c>LEDGER_INVALID</c>. Idempotent per job: the audit row carries the job id (unique), so a retried job finds its write.
/// Append mode (合同变更 → change log): header <c>appendTo</c> names a repeating list of the matched record (which must
/// exist) and <c>row</c> maps its columns like <c>mapping</c>; <c>$today</c>, <c>$instanceId</c> and <c>$initiator</c>
/// stand for the day, the instance and its initiator. The row is added to the rows already there.
/// The same <c>$</c> names work in <c>mapping</c> (资质借用 matches its register row on <c>loanNo=$instanceId</c>); a mapped
/// variable that is null writes nothing; header <c>owner</c> (a user variable) owns a created record instead of the initiator.
/// </summary>
public sealed class LedgerUpsertTask(LedgerCatalog catalog, LedgerWriter writer, TimeProvider clock) : IHostServiceTask
{
    public const string TaskType = "oa-ledger-upsert";

    public string Type => TaskType;

    public async Task<IReadOnlyDictionary<string, JsonElement>> ExecuteAsync(HostServiceTaskContext context, CancellationToken ct)
    {
        var db = context.Db;
        var resultVariable = context.Headers.GetValueOrDefault("resultVariable") is { Length: > 0 } rv ? rv : "ledgerRecordId";
        var done = await db.LedgerAudit.AsNoTracking().Where(a => a.JobId == context.JobId).Select(a => (long?)a.RecordId).FirstOrDefaultAsync(ct);
        if (done is { } doneId) return Result(resultVariable, doneId);

        var key = context.Headers.GetValueOrDefault("ledger") ?? throw new InvalidOperationException($"{TaskType}: header 'ledger' is missing on {context.ElementId}");
        var ledger = await catalog.GetAsync(db, key, ct) ?? throw new InvalidOperationException($"{TaskType}: no ledger '{key}'");
        var data = new JsonObject();
        foreach (var (field, variable) in Mapping(context.Headers.GetValueOrDefault("mapping")))
            // null = "no value to write" (合同变更 maps `if changed then new else null`), so the record keeps its value
            if (Value(context, variable) is { } value) data[field] = value;

        var matchField = context.Headers.GetValueOrDefault("matchField") is { Length: > 0 } mf ? mf : ledger.MatchField;
        var match = matchField is null ? null : LedgerIndexer.Text(data[matchField])?.Trim();
        var existing = match is { Length: > 0 } && matchField == ledger.MatchField
            ? await db.LedgerRecords.Include(r => r.Values).FirstOrDefaultAsync(r => r.LedgerKey == key && r.MatchKey == match, ct)
            : null;
        if (context.Headers.GetValueOrDefault("appendTo") is { Length: > 0 } listKey)
        {
            if (existing is null)
                throw new ServiceTaskBusinessError("LEDGER_INVALID", $"{ledger.Name}: 没有「{match}」，无处追加 (no record to append to)");
            var rows = JsonNode.Parse(existing.DataJson)?[listKey]?.DeepClone() as JsonArray ?? [];
            rows.Add(Row(context, context.Headers.GetValueOrDefault("row")));
            data[listKey] = rows;
        }
        var change = new LedgerWriter.Change(context.Initiator ?? "system", $"process:{context.InstanceId}", JobId: context.JobId);
        var result = existing is null
            ? await writer.CreateAsync(ledger, data, Owner(context) ?? context.Initiator ?? "system", change, ct)
            : await writer.UpdateAsync(ledger, existing, data, null, change, ct);
        return result switch
        {
            LedgerWriteResult.Ok ok => Result(resultVariable, ok.Record.Id),
            LedgerWriteResult.Invalid invalid => throw new ServiceTaskBusinessError("LEDGER_INVALID",
                $"{ledger.Name}: " + string.Join("; ", invalid.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}"))),
            _ => throw new InvalidOperationException($"{TaskType}: the record changed concurrently; the job will be retried"),
        };
    }

    /// <summary>
    /// Header <c>owner</c> names a user variable (an oa-user field) to own a new record instead of the initiator:
    /// 外派开始 is submitted by 内勤 for the employee, who must see and pick their secondment in 外派结束.
    /// </summary>
    private static string? Owner(HostServiceTaskContext context)
    {
        if (context.Headers.GetValueOrDefault("owner") is not { Length: > 0 } variable || !context.Variables.TryGetValue(variable, out var v)) return null;
        var user = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().FirstOrDefault() : v;
        return user.ValueKind == JsonValueKind.String && user.GetString() is { Length: > 0 } name ? name : null;
    }

    private JsonObject Row(HostServiceTaskContext context, string? header)
    {
        var row = new JsonObject();
        foreach (var (field, variable) in Mapping(header))
            if (Value(context, variable) is { } value) row[field] = value;
        return row;
    }

    private JsonNode? Value(HostServiceTaskContext context, string variable) => variable switch
    {
        "$today" => DateOnly.FromDateTime(clock.GetLocalNow().DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        "$instanceId" => context.InstanceId,
        "$initiator" => context.Initiator,
        _ => context.Variables.TryGetValue(variable, out var v) && v.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null) ? JsonNode.Parse(v.GetRawText()) : null,
    };

    /// <summary><c>a=b, c=d</c> or <c>{"a":"b"}</c>; a bare name maps the variable of the same name.</summary>
    public static IEnumerable<(string Field, string Variable)> Mapping(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) yield break;
        if (header.TrimStart().StartsWith('{'))
        {
            foreach (var (k, v) in JsonNode.Parse(header)!.AsObject()) yield return (k, v?.ToString() ?? k);
            yield break;
        }
        foreach (var part in header.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            yield return eq < 0 ? (part, part) : (part[..eq].Trim(), part[(eq + 1)..].Trim());
        }
    }

    private static Dictionary<string, JsonElement> Result(string variable, long id) => new() { [variable] = JsonSerializer.SerializeToElement(id) };
}
