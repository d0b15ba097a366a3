using System.Text.Json.Nodes;

namespace Oa.Forms.Schema;

public sealed class FormSchema
{
    public string? Id { get; init; }
    public int? SchemaVersion { get; init; }
    public required JsonObject Raw { get; init; }
    public required IReadOnlyList<FormComponent> Components { get; init; }

    public IEnumerable<FormComponent> AllComponents()
    {
        foreach (var c in Components)
        {
            yield return c;
            foreach (var d in c.Descendants()) yield return d;
        }
    }

    public FormComponent? FindByPath(string fullPath) =>
        AllComponents().FirstOrDefault(c => c.FullPath == fullPath && (c.HoldsValue || c.Kind == ComponentKind.DynamicList));
}
