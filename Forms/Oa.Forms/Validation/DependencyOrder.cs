using System.Text.RegularExpressions;
using Oa.Forms.Schema;

namespace Oa.Forms.Validation;

// Orders the components of one scope (the form root, or one dynamiclist row) so that a condition or
// expression is evaluated after every field it reads has been decided (hidden or computed).
// Ties and cycles fall back to document order.
internal static partial class DependencyOrder
{
    public sealed record Node(FormComponent Component, IReadOnlyList<FormComponent> Ancestors);

    public static List<Node> Flatten(IReadOnlyList<FormComponent> components)
    {
        var nodes = new List<Node>();
        Add(components, [], nodes);
        return nodes;
    }

    private static void Add(IReadOnlyList<FormComponent> components, IReadOnlyList<FormComponent> ancestors, List<Node> nodes)
    {
        foreach (var c in components)
        {
            nodes.Add(new Node(c, ancestors));
            // dynamiclist children form their own scope (per row); groups share this one
            if (c.Kind == ComponentKind.Group) Add(c.Components, [.. ancestors, c], nodes);
        }
    }

    public static List<Node> Sort(List<Node> nodes, bool inRow, out bool cyclic) => Sort(nodes, inRow, out cyclic, out _);

    public static List<Node> Sort(List<Node> nodes, bool inRow, out bool cyclic, out List<FormComponent> cycle)
    {
        cyclic = false;
        cycle = [];
        var writers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
            if (nodes[i].Component.DataPath.Count > 0)
                (writers.TryGetValue(nodes[i].Component.DataPath[0], out var l) ? l : writers[nodes[i].Component.DataPath[0]] = []).Add(i);

        var index = new Dictionary<FormComponent, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < nodes.Count; i++) index[nodes[i].Component] = i;

        var deps = new List<HashSet<int>>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var set = new HashSet<int>();
            foreach (var a in nodes[i].Ancestors) set.Add(index[a]);
            foreach (var name in Reads(nodes[i].Component, inRow))
                if (writers.TryGetValue(name, out var ws))
                    foreach (var w in ws) if (w != i) set.Add(w);
            deps.Add(set);
        }

        var done = new bool[nodes.Count];
        var order = new List<Node>(nodes.Count);
        while (order.Count < nodes.Count)
        {
            var next = -1;
            for (var i = 0; i < nodes.Count && next < 0; i++)
                if (!done[i] && deps[i].All(d => done[d])) next = i;
            if (next < 0)
            {
                if (!cyclic) cycle = StuckNodes(nodes, deps, done);
                cyclic = true;
                next = Array.IndexOf(done, false);
            }
            done[next] = true;
            order.Add(nodes[next]);
        }
        return order;
    }

    // The nodes left waiting only on each other (the cycle and whatever hangs off it).
    private static List<FormComponent> StuckNodes(List<Node> nodes, List<HashSet<int>> deps, bool[] done) =>
        Enumerable.Range(0, nodes.Count).Where(i => !done[i] && deps[i].Any(d => !done[d]))
            .Select(i => nodes[i].Component).ToList();

    // Top-level names read by the component's FEEL; inside a row also `this.x` (form-js row syntax).
    public static IEnumerable<string> Reads(FormComponent c, bool inRow)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        // In a row, bare names are the root data (form-js puts only `this` in row scope), so
        // only `this.x` ties a row field to its siblings.
        void From(Oa.Feel.FeelExpression? e, string? source)
        {
            if (!inRow && e is not null) names.UnionWith(e.ReferencedNames);
            if (inRow && source is not null)
                foreach (Match m in ThisMember().Matches(source)) names.Add(m.Groups[1].Value);
        }
        From(c.Hide, c.HideSource);
        From(c.Expression, c.Raw["expression"]?.ToString());
        From(c.ValuesExpression, c.Raw["valuesExpression"]?.ToString());
        foreach (var limit in new[] { c.Validate.Min, c.Validate.Max, c.Validate.MinLength, c.Validate.MaxLength })
            if (limit?.Expression is { } le) From(le, limit.Source);
        // A list's rows are decided when the list is: they must see outer fields already settled.
        // A list's rows are decided when the list is: the root fields they read must be settled first.
        if (c.Kind == ComponentKind.DynamicList)
            foreach (var d in c.Descendants())
                names.UnionWith(Reads(d, inRow: false).Where(n => !RowNames.Contains(n)));
        return names;
    }

    private static readonly string[] RowNames = ["this", "_this_", "parent", "_parent_", "i", "_i_"];

    [GeneratedRegex(@"\b_?this_?\s*\.\s*([\p{L}_$][\p{L}\p{N}_$]*)")]
    private static partial Regex ThisMember();
}
