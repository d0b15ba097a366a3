using System.Xml.Linq;
using Oa.Workflows.Model;

namespace Oa.Workflows.Approvals;

// The engine keeps extensionElements as immutable records; the parser reads XML so the host can also
// validate a model straight from its file. The source line travels along as an annotation.
internal static class ExtensionXml
{
    public sealed record SourceLine(int Line);

    public static XElement ToXElement(ExtensionElement e)
    {
        XNamespace ns = e.Namespace;
        var x = new XElement(ns + e.Name,
            e.Attributes.Select(a => new XAttribute(a.Key, a.Value)),
            e.Children.Select(ToXElement));
        if (e.Text is { Length: > 0 } text && e.Children.Count == 0) x.Add(text);
        if (e.Line is { } line) x.AddAnnotation(new SourceLine(line));
        return x;
    }

    public static IEnumerable<XElement> ToXElements(IEnumerable<ExtensionElement> elements) =>
        elements.Where(e => e.Namespace == OaSchema.NamespaceUri).Select(ToXElement);
}
