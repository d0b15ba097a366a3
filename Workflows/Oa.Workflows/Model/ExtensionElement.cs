namespace Oa.Workflows.Model;

// Immutable copy of one extensionElements child, so policy layers (oa:) never touch XML at run time.
public sealed record ExtensionElement(
    string Namespace,
    string Name,
    IReadOnlyDictionary<string, string> Attributes,
    string? Text,
    IReadOnlyList<ExtensionElement> Children,
    int? Line)
{
    public string? Attribute(string name) => Attributes.TryGetValue(name, out var v) ? v : null;
}
