using System.Xml;
using System.Xml.Linq;

namespace Oa.Host.Features.Designer;

/// <summary>
/// Prepares stored or posted BPMN for the modeler and viewer islands. They read XML from a script element, which
/// cannot carry comments or "&lt;/script" (<c>XmlScriptTagHelper</c> refuses such text), so comments are dropped and
/// CDATA becomes escaped text; a model without diagram information (hand-written files) gets a generated layout,
/// else bpmn-js would show an empty canvas.
/// </summary>
public static class DesignerXml
{
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static XDocument? TryParse(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Safe);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException) { return null; }
    }

    /// <summary>XML the islands can load, or null when it does not parse (the page then shows the raw text only).</summary>
    public static string? ForIsland(string xml)
    {
        var doc = TryParse(xml);
        if (doc is null) return null;
        doc.DescendantNodes().OfType<XComment>().ToList().ForEach(c => c.Remove());
        foreach (var cdata in doc.DescendantNodes().OfType<XCData>().ToList()) cdata.ReplaceWith(new XText(cdata.Value));
        DiagramLayout.AddWhereMissing(doc);
        var text = doc.Declaration + doc.ToString(SaveOptions.None);
        return text.Contains("</script", StringComparison.OrdinalIgnoreCase) ? null : text;
    }

    /// <summary>id → name of every named element, to say which task a problem is about.</summary>
    public static IReadOnlyDictionary<string, string> Names(string xml)
    {
        var doc = TryParse(xml);
        if (doc is null) return new Dictionary<string, string>();
        return doc.Descendants()
            .Where(e => e.Attribute("id") is not null && !string.IsNullOrWhiteSpace((string?)e.Attribute("name")))
            .GroupBy(e => (string)e.Attribute("id")!)
            .ToDictionary(g => g.Key, g => (string)g.First().Attribute("name")!, StringComparer.Ordinal);
    }
}
