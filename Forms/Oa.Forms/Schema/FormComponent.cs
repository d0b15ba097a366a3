using System.Text.Json.Nodes;
using Oa.Feel;
using Oa.Forms.Components;

namespace Oa.Forms.Schema;

// One form-js component. Common properties here, type-specific ones in FormComponent.Options.cs;
// Raw keeps the original JSON so a node's view can be sent back to the browser unchanged.
public sealed partial record FormComponent
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required ComponentKind Kind { get; init; }
    public required JsonObject Raw { get; init; }

    public string? Key { get; init; }
    public string? Label { get; init; }

    // group / dynamiclist `path`; a group without a path does not nest its children's data
    public string? Path { get; init; }

    // Where the value lives, relative to the enclosing dynamiclist row (or the form root):
    // group paths and dotted keys nest, as in form-js (`address.street`).
    public IReadOnlyList<string> DataPath { get; init; } = [];
    public string BindingPath => string.Join('.', DataPath);

    // Permission / error path without row indexes, e.g. `items.amount`.
    public string FullPath { get; init; } = "";

    public IReadOnlyList<FormComponent> Components { get; init; } = [];

    public string? HideSource { get; init; }
    public FeelExpression? Hide { get; init; }

    public bool ReadOnly { get; init; }
    public bool Disabled { get; init; }
    public JsonNode? DefaultValue { get; init; }

    public ValidationRules Validate { get; init; } = ValidationRules.None;

    public bool HoldsValue => ComponentTypes.HoldsValue(Kind);
    public bool IsContainer => Kind is ComponentKind.Group or ComponentKind.DynamicList;

    public IEnumerable<FormComponent> Descendants()
    {
        foreach (var child in Components)
        {
            yield return child;
            foreach (var d in child.Descendants()) yield return d;
        }
    }

    public override string ToString() => $"{Type} {Id}" + (Key is null ? "" : $" ({Key})");
}
