using System.Xml;
using System.Xml.Linq;

namespace Oa.Host.Features.Designer;

/// <summary>
/// 版本对比: which elements of a process were added, removed or changed between two versions, and what changed on
/// each (name, type, the oa:/zeebe: settings, the condition, where a flow leads). Diagram positions are left out:
/// moving a shape changes nothing that runs.
/// </summary>
public static class VersionDiff
{
    public enum Change { Added, Removed, Changed }

    public sealed record Row(string ElementId, string Type, string? Name, Change Change, IReadOnlyList<string> Details);

    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static IReadOnlyList<Row> Compare(string fromXml, string toXml)
    {
        var before = Elements(fromXml);
        var after = Elements(toXml);
        var rows = new List<Row>();
        foreach (var (id, a) in after)
        {
            if (!before.TryGetValue(id, out var b)) { rows.Add(new Row(id, a.Type, a.Name, Change.Added, [])); continue; }
            var details = Differences(b, a);
            if (details.Count > 0) rows.Add(new Row(id, a.Type, a.Name, Change.Changed, details));
        }
        foreach (var (id, b) in before)
            if (!after.ContainsKey(id)) rows.Add(new Row(id, b.Type, b.Name, Change.Removed, []));
        return rows.OrderBy(r => r.Change).ThenBy(r => r.ElementId, StringComparer.Ordinal).ToList();
    }

    private sealed record Snapshot(string Type, string? Name, string Attributes, string Extensions, string Condition, string? Target);

    private static List<string> Differences(Snapshot b, Snapshot a)
    {
        var d = new List<string>();
        if (b.Type != a.Type) d.Add($"类型：{b.Type} → {a.Type}");
        if (b.Name != a.Name) d.Add($"名称：{b.Name ?? "（无）"} → {a.Name ?? "（无）"}");
        if (b.Target != a.Target) d.Add($"连接：→ {b.Target} 改为 → {a.Target}");
        if (b.Condition != a.Condition) d.Add($"条件：{Or(b.Condition)} → {Or(a.Condition)}");
        if (b.Attributes != a.Attributes) d.Add("属性已修改");
        if (b.Extensions != a.Extensions) d.Add("审批设置 / 扩展属性已修改");
        return d;
    }

    private static string Or(string text) => text.Length == 0 ? "（无）" : text;

    // Every element with an id inside the processes (flow nodes, flows, the process itself), not the diagram part.
    private static Dictionary<string, Snapshot> Elements(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), Safe);
        var root = XDocument.Load(reader).Root!;
        var map = new Dictionary<string, Snapshot>(StringComparer.Ordinal);
        foreach (var process in root.Elements(Bpmn + "process"))
            foreach (var e in process.DescendantsAndSelf().Where(e => e.Name.Namespace == Bpmn && e.Attribute("id") is not null && !IsPart(e)))
                map[(string)e.Attribute("id")!] = Snap(e);
        return map;
    }

    // Children that belong to their element's snapshot rather than being elements of their own.
    private static bool IsPart(XElement e) => e.Name.LocalName is "conditionExpression" or "timerEventDefinition" or "messageEventDefinition"
        or "errorEventDefinition" or "terminateEventDefinition" or "multiInstanceLoopCharacteristics" or "documentation" or "extensionElements"
        or "completionCondition" or "timeDuration" or "timeDate" or "timeCycle";

    private static Snapshot Snap(XElement e)
    {
        var attributes = string.Join(";", e.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.LocalName is not ("id" or "name" or "targetRef"))
            .OrderBy(a => a.Name.ToString(), StringComparer.Ordinal).Select(a => $"{a.Name}={a.Value}"));
        // Own settings only: an embedded sub-process's children are compared as elements of their own.
        var own = e.Elements().Where(c => c.Name.Namespace != Bpmn || IsPart(c)).Where(c => c.Name.LocalName != "conditionExpression");
        var extensions = string.Concat(own.Select(c => Canonical(c)));
        var condition = e.Element(Bpmn + "conditionExpression")?.Value.Trim() ?? "";
        return new Snapshot(e.Name.LocalName, (string?)e.Attribute("name"), attributes, extensions, condition, (string?)e.Attribute("targetRef"));
    }

    // Whitespace and attribute order do not count as a change.
    private static string Canonical(XElement e) =>
        $"<{e.Name}{string.Concat(e.Attributes().Where(a => !a.IsNamespaceDeclaration).OrderBy(a => a.Name.ToString(), StringComparer.Ordinal).Select(a => $" {a.Name}=\"{a.Value}\""))}>"
        + (e.HasElements ? string.Concat(e.Elements().Select(Canonical)) : e.Value.Trim()) + $"</{e.Name}>";
}
