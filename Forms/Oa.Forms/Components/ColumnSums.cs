using System.Text.Json;
using System.Text.Json.Nodes;
using Oa.Forms.Schema;

namespace Oa.Forms.Components;

// Totals of the numeric columns of dynamiclists (合计 rows under 明细 tables); the FEEL
// equivalent inside an expression field is `sum(items.amount)`.
public static class ColumnSums
{
    // Keys are `list.column` paths (`items.amount`); non-numeric cells count as zero.
    public static IReadOnlyDictionary<string, decimal> For(FormSchema schema, JsonObject data)
    {
        var sums = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var list in schema.Components.SelectMany(Lists))
        {
            var rows = Navigate(data, list.DataPath) as JsonArray;
            foreach (var column in Columns(list))
                sums[list.FullPath + "." + column.BindingPath] = Sum(rows, column.DataPath);
        }
        return sums;
    }

    public static decimal Sum(JsonObject data, string listPath, string column) =>
        Sum(Navigate(data, listPath.Split('.')) as JsonArray, column.Split('.'));

    private static decimal Sum(JsonArray? rows, IReadOnlyList<string> column)
    {
        var total = 0m;
        if (rows is null) return total;
        foreach (var row in rows)
            if (Navigate(row, column) is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<decimal>(out var d))
                total += d;
        return total;
    }

    private static IEnumerable<FormComponent> Lists(FormComponent c) =>
        c.Kind == ComponentKind.DynamicList ? [c]
        : c.Kind == ComponentKind.Group ? c.Components.SelectMany(Lists) : [];

    private static IEnumerable<FormComponent> Columns(FormComponent list) =>
        list.Components.SelectMany(c => c.Kind == ComponentKind.Group ? Columns(c) : [c])
            .Where(c => c.Kind is ComponentKind.Number or ComponentKind.OaMoney or ComponentKind.Expression);

    private static JsonNode? Navigate(JsonNode? node, IReadOnlyList<string> path)
    {
        foreach (var segment in path)
            node = node is JsonObject o ? o[segment] : null;
        return node;
    }
}
