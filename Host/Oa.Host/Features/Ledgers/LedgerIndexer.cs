using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Oa.Host.Data.Ledgers;

namespace Oa.Host.Features.Ledgers;

/// <summary>Derives the query columns of a record (title, keywords, match key, indexed field values) from its data.</summary>
public static class LedgerIndexer
{
    public static void Apply(LedgerDefinition ledger, LedgerRecord record, JsonObject data)
    {
        record.DataJson = data.ToJsonString(LedgerAudit.Json); // Chinese kept as is: readable in the database, half the size
        record.Title = Clip(string.Join(" · ", ledger.TitleFields.Select(f => Display(ledger, f, data)).Where(s => s.Length > 0)), 200);
        if (record.Title.Length == 0) record.Title = $"#{record.Id}";
        record.MatchKey = ledger.MatchField is { } m && Text(data[m]) is { Length: > 0 } key ? Clip(key.Trim(), 200) : null;
        var words = ledger.KeywordFields.Select(f => Display(ledger, f, data)).Append(record.Title);
        if (ledger.TrackingField is { } t) words = words.Append(Text(data[t]) ?? "");
        record.Keywords = Clip(string.Join(" ", words.Where(w => w.Length > 0)).ToLowerInvariant(), 2000);

        var wanted = new Dictionary<string, (string? Text, double? Number)>(StringComparer.Ordinal);
        foreach (var field in ledger.Fields)
        {
            var value = data[field.Key];
            if (value is null) continue;
            wanted[field.Key] = (Text(value) is { } s ? Clip(s, 400) : null, field.IsNumeric ? Number(value) : null);
        }
        record.Values.RemoveAll(v => !wanted.ContainsKey(v.Field));
        foreach (var (field, (text, number)) in wanted)
        {
            var row = record.Values.FirstOrDefault(v => v.Field == field);
            if (row is null) record.Values.Add(row = new LedgerFieldValue { LedgerKey = ledger.Key, Field = field });
            row.Text = text;
            row.Number = number;
        }
    }

    public static string Display(LedgerDefinition ledger, string field, JsonObject data) =>
        ledger.Field(field) is { } f ? f.Display(data[field]) : Text(data[field]) ?? "";

    /// <summary>Strings as they are, numbers invariant, true/false, arrays joined with commas.</summary>
    public static string? Text(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        // ToJsonString, not GetValue<decimal>: a node built from a CLR double or long cannot be read back as decimal.
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d.ToString(CultureInfo.InvariantCulture) : v.ToJsonString(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? "true" : "false",
        JsonArray a => string.Join(",", a.Select(Text).Where(s => s is not null)),
        JsonObject o when o["title"] is { } title => Text(title),
        _ => value.ToJsonString(),
    };

    public static double? Number(JsonNode? value) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && double.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max];
}
