using Oa.Forms.Schema;

namespace Oa.Host.Features.Ledgers;

/// <summary>A top-level scalar field of a ledger form: what lists show, filter, sort and index.</summary>
public sealed record LedgerField(string Key, string Label, ComponentKind Kind, FormComponent Component)
{
    public bool IsNumeric => Kind is ComponentKind.Number or ComponentKind.OaMoney;
    public bool IsDate => Kind == ComponentKind.Datetime;
    public bool HasOptions => Component.Values is { Count: > 0 };

    /// <summary>Range filters (from/to) for numbers and dates, a choice for options and yes/no, contains for text.</summary>
    public string FilterKind => IsNumeric || IsDate ? "range" : HasOptions || Kind == ComponentKind.Checkbox ? "choice" : "text";

    /// <summary>The option's label for a stored value (select/radio), else the value as text.</summary>
    public string Display(System.Text.Json.Nodes.JsonNode? value)
    {
        if (value is null) return "";
        if (Kind == ComponentKind.Checkbox) return value.ToString() == "true" ? "是" : "否";
        var text = value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) ? s : value.ToJsonString();
        return Component.Values?.FirstOrDefault(o => o.Value?.ToString() == text)?.Label ?? text;
    }

    public static IReadOnlyList<LedgerField> Of(FormSchema schema)
    {
        var fields = new List<LedgerField>();
        Collect(schema.Components, fields);
        return fields;
    }

    // Groups without a path keep their children at the top level; dynamic lists hold rows, not scalars.
    private static void Collect(IEnumerable<FormComponent> components, List<LedgerField> into)
    {
        foreach (var c in components)
        {
            if (c.Kind == ComponentKind.Group && c.DataPath.Count == 0) Collect(c.Components, into);
            else if (c.HoldsValue && !c.IsContainer && c.DataPath.Count == 1 && c.Key is not null)
                into.Add(new LedgerField(c.Key, c.Label ?? c.Raw["dateLabel"]?.ToString() ?? c.Key, c.Kind, c));
        }
    }
}
