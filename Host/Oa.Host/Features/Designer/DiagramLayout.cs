using System.Globalization;
using System.Xml.Linq;

namespace Oa.Host.Features.Designer;

/// <summary>
/// A simple left-to-right layout for models without diagram information (the shipped definitions and hand-written
/// files have none): each node's column is its longest path from a start event, ignoring loops back; branches take
/// the next free row. Boundary events sit on their host's lower edge. Good enough to edit; the admin can tidy up.
/// </summary>
public static class DiagramLayout
{
    private static readonly XNamespace Di = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static readonly XNamespace Dc = "http://www.omg.org/spec/DD/20100524/DC";
    private static readonly XNamespace DdDi = "http://www.omg.org/spec/DD/20100524/DI";
    private static readonly HashSet<string> NotNodes = ["sequenceFlow", "extensionElements", "documentation", "laneSet", "textAnnotation",
        "association", "dataObject", "dataObjectReference", "dataStoreReference", "ioSpecification", "property"];

    public static void AddWhereMissing(XDocument doc)
    {
        var root = doc.Root;
        if (root is null || root.Descendants(Di + "BPMNDiagram").Any()) return;
        var process = root.Elements().FirstOrDefault(e => e.Name.LocalName == "process");
        if (process is null) return;
        var nodes = process.Elements().Where(e => !NotNodes.Contains(e.Name.LocalName) && e.Attribute("id") is not null).ToList();
        var byId = nodes.ToDictionary(n => (string)n.Attribute("id")!, StringComparer.Ordinal);
        var flows = process.Elements().Where(e => e.Name.LocalName == "sequenceFlow"
            && byId.ContainsKey((string?)e.Attribute("sourceRef") ?? "") && byId.ContainsKey((string?)e.Attribute("targetRef") ?? "")).ToList();
        // A boundary event follows its host, so it counts as an outgoing edge of the host for the columns.
        var edges = flows.Select(f => ((string)f.Attribute("sourceRef")!, (string)f.Attribute("targetRef")!))
            .Concat(nodes.Where(n => n.Name.LocalName == "boundaryEvent" && byId.ContainsKey((string?)n.Attribute("attachedToRef") ?? ""))
                .Select(n => ((string)n.Attribute("attachedToRef")!, (string)n.Attribute("id")!))).ToList();

        var (column, row) = Place(nodes.Select(n => (string)n.Attribute("id")!).ToList(), edges,
            nodes.Where(n => n.Name.LocalName == "startEvent").Select(n => (string)n.Attribute("id")!).ToList());
        var bounds = new Dictionary<string, Box>(StringComparer.Ordinal);
        foreach (var (id, node) in byId.Where(n => n.Value.Name.LocalName != "boundaryEvent"))
        {
            var (w, h) = SizeOf(node.Name.LocalName);
            bounds[id] = new(150 + column[id] * 170 - w / 2, 120 + row[id] * 130 - h / 2, w, h);
        }
        foreach (var (id, node) in byId.Where(n => n.Value.Name.LocalName == "boundaryEvent"))
            bounds[id] = bounds.TryGetValue((string?)node.Attribute("attachedToRef") ?? "", out var host)
                ? new Box(host.X + host.W - 30, host.Y + host.H - 18, 36, 36) : new Box(150, 20, 36, 36);

        var plane = new XElement(Di + "BPMNPlane", new XAttribute("id", "BPMNPlane_1"), new XAttribute("bpmnElement", (string)process.Attribute("id")!));
        foreach (var (id, b) in bounds)
            plane.Add(new XElement(Di + "BPMNShape", new XAttribute("id", id + "_di"), new XAttribute("bpmnElement", id),
                new XElement(Dc + "Bounds", Attr("x", b.X), Attr("y", b.Y), Attr("width", b.W), Attr("height", b.H))));
        var bottom = bounds.Values.Select(b => b.Y + b.H).DefaultIfEmpty(0).Max() + 40;
        foreach (var flow in flows)
        {
            var s = bounds[(string)flow.Attribute("sourceRef")!];
            var t = bounds[(string)flow.Attribute("targetRef")!];
            var edge = new XElement(Di + "BPMNEdge", new XAttribute("id", (string)flow.Attribute("id")! + "_di"), new XAttribute("bpmnElement", (string)flow.Attribute("id")!));
            foreach (var (x, y) in Route(s, t, bottom, bounds.Values)) edge.Add(new XElement(DdDi + "waypoint", Attr("x", x), Attr("y", y)));
            plane.Add(edge);
        }
        foreach (var (prefix, ns) in new[] { ("bpmndi", Di), ("dc", Dc), ("di", DdDi) })
            if (root.GetPrefixOfNamespace(ns) is null) root.Add(new XAttribute(XNamespace.Xmlns + prefix, ns.NamespaceName));
        root.Add(new XElement(Di + "BPMNDiagram", new XAttribute("id", "BPMNDiagram_1"), plane));
    }

    /// <summary>Columns by longest path over the graph without its back edges (found by depth-first search); rows first-free.</summary>
    private static (Dictionary<string, int> Column, Dictionary<string, int> Row) Place(List<string> ids, List<(string From, string To)> edges, List<string> starts)
    {
        var outgoing = ids.ToDictionary(i => i, i => edges.Where(e => e.From == i).Select(e => e.To).ToList(), StringComparer.Ordinal);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = on the stack, true = done
        var back = new HashSet<(string, string)>();
        var postorder = new List<string>();
        void Visit(string n)
        {
            state[n] = false;
            foreach (var t in outgoing[n])
                if (!state.TryGetValue(t, out var done)) Visit(t);
                else if (!done) back.Add((n, t));
            state[n] = true;
            postorder.Add(n);
        }
        foreach (var n in starts.Concat(ids)) if (!state.ContainsKey(n)) Visit(n);
        postorder.Reverse();
        var column = ids.ToDictionary(i => i, _ => 0, StringComparer.Ordinal);
        var row = new Dictionary<string, int>(StringComparer.Ordinal);
        var used = new Dictionary<int, HashSet<int>>();
        foreach (var n in postorder)
        {
            var preds = edges.Where(e => e.To == n && !back.Contains(e)).Select(e => e.From).ToList();
            column[n] = preds.Count == 0 ? 0 : preds.Max(p => column[p]) + 1;
            var wanted = preds.Where(row.ContainsKey).Select(p => row[p]).DefaultIfEmpty(0).Min();
            var taken = used.TryGetValue(column[n], out var set) ? set : used[column[n]] = [];
            var r = wanted;
            while (taken.Contains(r)) r++;
            taken.Add(r);
            row[n] = r;
        }
        return (column, row);
    }

    private static IEnumerable<(double, double)> Route(Box s, Box t, double bottom, IEnumerable<Box> all)
    {
        var (sy, ty) = (s.Y + s.H / 2, t.Y + t.H / 2);
        if (t.X > s.X + s.W)
        {
            // A straight line that would cross another shape (a branch skipping a column) detours below its row.
            if (sy == ty && all.Any(b => b.X > s.X + s.W && b.X + b.W < t.X && b.Y < sy && b.Y + b.H > sy))
                return [(s.X + s.W / 2, s.Y + s.H), (s.X + s.W / 2, sy + 62), (t.X + t.W / 2, sy + 62), (t.X + t.W / 2, t.Y + t.H)];
            var mid = (s.X + s.W + t.X) / 2;
            return sy == ty ? [(s.X + s.W, sy), (t.X, ty)] : [(s.X + s.W, sy), (mid, sy), (mid, ty), (t.X, ty)];
        }
        // A loop back runs under the diagram.
        return [(s.X + s.W / 2, s.Y + s.H), (s.X + s.W / 2, bottom), (t.X + t.W / 2, bottom), (t.X + t.W / 2, t.Y + t.H)];
    }

    private static (double W, double H) SizeOf(string type) =>
        type.EndsWith("Event", StringComparison.Ordinal) ? (36, 36) : type.EndsWith("Gateway", StringComparison.Ordinal) ? (50, 50) : (100, 80);

    private readonly record struct Box(double X, double Y, double W, double H);

    private static XAttribute Attr(string name, double value) => new(name, Math.Round(value).ToString(CultureInfo.InvariantCulture));
}
