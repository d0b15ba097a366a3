using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Oa.Workflows.Approvals;

// Reads oa: attributes for one BPMN element and collects problems tagged with that element's id.
// Only names declared in OaSchema may be read: asking for anything else is a bug in this code.
internal sealed class OaReader(string elementId)
{
    readonly List<(string ElementId, string Message)> problems = [];

    public IReadOnlyList<(string ElementId, string Message)> Problems => problems;

    public void Report(XElement at, string message)
    {
        var line = at.Annotation<ExtensionXml.SourceLine>() is { } source ? $" (line {source.Line})"
            : at is IXmlLineInfo info && info.HasLineInfo() ? $" (line {info.LineNumber})" : "";
        problems.Add((elementId, $"oa:{at.Name.LocalName}: {message}{line}"));
    }

    public string? Text(XElement e, string name)
    {
        if (!OaSchema.Attributes.TryGetValue(e.Name.LocalName, out var declared) || !declared.Contains(name))
            throw new InvalidOperationException($"oa:{e.Name.LocalName}/@{name} is not declared in OaSchema");
        var value = e.Attribute(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public void CheckAttributes(XElement e)
    {
        var declared = OaSchema.Attributes[e.Name.LocalName];
        foreach (var a in e.Attributes())
            if (!a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.None && !declared.Contains(a.Name.LocalName))
                Report(e, $"unknown attribute '{a.Name.LocalName}' (allowed: {string.Join(", ", declared)})");
    }

    // XML tokens are the enum names in camelCase: autoApprove ↔ AutoApprove.
    public T Enum<T>(XElement e, string name, T fallback) where T : struct, Enum =>
        Text(e, name) is { } text ? Token(e, name, text, fallback) : fallback;

    public T Token<T>(XElement e, string name, string text, T fallback) where T : struct, Enum
    {
        if (TryToken<T>(text, out var value)) return value;
        Report(e, $"{name}=\"{text}\" is not one of {string.Join("|", Tokens<T>())}");
        return fallback;
    }

    public static bool TryToken<T>(string text, out T value) where T : struct, Enum =>
        System.Enum.TryParse(text, ignoreCase: true, out value) && !char.IsDigit(text[0]) && System.Enum.IsDefined(value);

    public static IEnumerable<string> Tokens<T>() where T : struct, Enum =>
        System.Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]);

    public bool Bool(XElement e, string name, bool fallback)
    {
        var text = Text(e, name);
        if (text is null) return fallback;
        if (bool.TryParse(text, out var value)) return value;
        Report(e, $"{name}=\"{text}\" is not true|false");
        return fallback;
    }

    public int? Int(XElement e, string name, int min)
    {
        var text = Text(e, name);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min) return value;
        Report(e, $"{name}=\"{text}\" must be a whole number ≥ {min}");
        return null;
    }

    public decimal? Decimal(XElement e, string name)
    {
        var text = Text(e, name);
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return value;
        Report(e, $"{name}=\"{text}\" is not a number");
        return null;
    }

    public static IReadOnlyList<string> List(string? text) =>
        text is null ? [] : text.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();
}
