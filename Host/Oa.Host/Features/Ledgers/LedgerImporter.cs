using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Oa.Forms.Schema;
using Oa.Host.Data;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// Reads an .xlsx whose header row names the form fields (label as exported, or key) and validates each row
/// exactly like a form submission. Writing happens in one transaction: in <see cref="Mode.All"/> any invalid row
/// (or a write that fails) leaves the ledger untouched.
/// </summary>
public sealed class LedgerImporter(OaDbContext db, LedgerWriter writer)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxRows = 5000;

    public enum Mode { Preview, All, ValidOnly }

    /// <param name="Row">The spreadsheet row number (the header is row 1).</param>
    public sealed record RowResult(int Row, bool Valid, string Title, IDictionary<string, string[]> Errors);

    public sealed record Report(string Mode, int Total, int Valid, int Invalid, int Written, IReadOnlyList<RowResult> Rows, string? Error = null);

    public async Task<Report> RunAsync(LedgerGate.Opened o, Stream xlsx, Mode mode, LedgerWriter.Change change, CancellationToken ct)
    {
        var ledger = o.Ledger;
        List<IDictionary<string, object?>> sheet;
        try { sheet = (await xlsx.QueryAsync(useHeaderRow: true, cancellationToken: ct)).Cast<IDictionary<string, object?>>().Take(MaxRows + 1).ToList(); }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or NotSupportedException)
        {
            return new Report(Name(mode), 0, 0, 0, 0, [], "无法读取文件，请上传 .xlsx (the file could not be read as .xlsx)");
        }
        if (sheet.Count > MaxRows) return new Report(Name(mode), sheet.Count, 0, 0, 0, [], $"一次最多导入 {MaxRows} 行 (at most {MaxRows} rows)");

        var columns = sheet.FirstOrDefault()?.Keys.ToDictionary(h => h, h => Resolve(ledger, h)) ?? [];
        var rows = new List<(RowResult Result, JsonObject Data)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sheet.Count; i++)
        {
            var data = new JsonObject();
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var (header, field) in columns)
                if (field is not null && Convert(field, sheet[i][header], out var error) is var value)
                {
                    if (error is not null) errors[field.Key] = [error];
                    else if (value is not null) data[field.Key] = value;
                }
            if (data.Count == 0) continue; // blank lines at the end of a sheet
            // A (read-only) tracking number in the sheet is checked as existing data, as CreateAsync will treat it.
            var existing = ledger.TrackingField is { } t && data[t] is { } number ? new JsonObject { [t] = number.DeepClone() } : null;
            var (clean, formErrors) = LedgerWriter.Validate(ledger, ledger.TrackingField is { } tf ? Without(data, tf) : data, existing, change.Language);
            foreach (var e in formErrors) errors.TryAdd(e.Key, e.Value);
            if (ledger.MatchField is { } m && LedgerIndexer.Text(clean[m]) is { Length: > 0 } match
                && (!seen.Add(match) || await db.LedgerRecords.AnyAsync(r => r.LedgerKey == ledger.Key && r.MatchKey == match, ct)))
                errors.TryAdd(m, [$"「{match}」已存在或在文件中重复 (already exists or repeated in the file)"]);
            var title = string.Join(" · ", ledger.TitleFields.Select(f => LedgerIndexer.Display(ledger, f, clean)).Where(s => s.Length > 0));
            rows.Add((new RowResult(i + 2, errors.Count == 0, title, errors), data));
        }
        var valid = rows.Count(r => r.Result.Valid);
        var report = new Report(Name(mode), rows.Count, valid, rows.Count - valid, 0, rows.Select(r => r.Result).ToList());
        if (mode == Mode.Preview || (mode == Mode.All && valid < rows.Count) || valid == 0) return report;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (result, data) in rows.Where(r => r.Result.Valid))
            if (await writer.CreateAsync(ledger, data, change.Actor, change, ct) is not LedgerWriteResult.Ok)
                return report with { Error = $"第 {result.Row} 行写入失败，未导入任何数据 (row {result.Row} could not be written; nothing was imported)" };
        await tx.CommitAsync(ct);
        return report with { Written = valid };
    }

    private static JsonObject Without(JsonObject data, string field)
    {
        var copy = data.DeepClone().AsObject();
        copy.Remove(field);
        return copy;
    }

    private static string Name(Mode mode) => mode switch { Mode.All => "all", Mode.ValidOnly => "valid-only", _ => "preview" };

    private static LedgerField? Resolve(LedgerDefinition ledger, string header) =>
        ledger.Fields.FirstOrDefault(f => f.Label == header.Trim()) ?? ledger.Field(header.Trim());

    /// <summary>A cell as the form field expects it: numbers, yes/no, ISO dates, option values (labels accepted).</summary>
    private static JsonNode? Convert(LedgerField field, object? cell, out string? error)
    {
        error = null;
        if (cell is null || cell is string { Length: 0 }) return null;
        var text = cell is DateTime dt ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : System.Convert.ToString(cell, CultureInfo.InvariantCulture)!.Trim();
        switch (field.Kind)
        {
            case ComponentKind.Number or ComponentKind.OaMoney:
                if (decimal.TryParse(text.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) return JsonValue.Create(n);
                error = $"「{text}」不是数字 (not a number)";
                return null;
            case ComponentKind.Checkbox:
                if (text is "是" or "true" or "TRUE" or "1" or "Y" or "y") return JsonValue.Create(true);
                if (text is "否" or "false" or "FALSE" or "0" or "N" or "n") return JsonValue.Create(false);
                error = $"「{text}」应为 是/否 (yes/no expected)";
                return null;
            case ComponentKind.Datetime when cell is double oa:
                return JsonValue.Create(DateTime.FromOADate(oa).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            case ComponentKind.Select or ComponentKind.Radio when field.Component.Values is { } options:
                var option = options.FirstOrDefault(o => o.Label == text) ?? options.FirstOrDefault(o => o.Value?.ToString() == text);
                return option?.Value?.DeepClone() ?? JsonValue.Create(text); // unknown values are left to the form's validation
            default:
                return JsonValue.Create(text);
        }
    }
}
