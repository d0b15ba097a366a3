using System.Text.Json.Nodes;

namespace Oa.Host.Features.Ledgers;

/// <summary>Before → after per top-level field, as stored in the audit row and shown in a record's history.</summary>
public static class LedgerAudit
{
    /// <summary>camelCase like the API, Chinese kept readable in the stored row.</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record FieldChange(string Field, string Label, JsonNode? Before, JsonNode? After);

    public static List<FieldChange> Diff(LedgerDefinition ledger, JsonObject before, JsonObject after)
    {
        var changes = new List<FieldChange>();
        foreach (var key in before.Select(p => p.Key).Union(after.Select(p => p.Key)).Distinct())
        {
            var b = before[key];
            var a = after[key];
            if (JsonNode.DeepEquals(b, a)) continue;
            changes.Add(new FieldChange(key, ledger.ColumnLabel(key), b?.DeepClone(), a?.DeepClone()));
        }
        return changes;
    }
}
