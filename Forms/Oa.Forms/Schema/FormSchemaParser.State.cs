namespace Oa.Forms.Schema;

public static partial class FormSchemaParser
{
    private sealed class ParseState
    {
        public List<FormProblem> Problems { get; } = [];
        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);
        private readonly List<(string RowScope, string[] Path, bool IsLeaf, FormComponent Owner)> paths = [];
        private int generatedIds;

        public void Add(string? id, string? key, string? path, string message) =>
            Problems.Add(new FormProblem(id, key, path, message));

        public void Add(FormComponent c, string message) => Add(c.Id, c.Key, c.FullPath, message);

        public string NextId() => "Component_" + ++generatedIds;

        public void Register(string rowScope, IReadOnlyList<string> path, bool isLeaf, FormComponent owner) =>
            paths.Add((rowScope, path.ToArray(), isLeaf, owner));

        // Two value fields may not share a key, and a value may not sit where a group or list keeps
        // its object (`a` as a textfield and `a.b` inside a group with path `a`).
        public void CheckPaths()
        {
            for (var i = 0; i < paths.Count; i++)
            for (var j = i + 1; j < paths.Count; j++)
            {
                var (scopeA, a, leafA, ownerA) = paths[i];
                var (scopeB, b, leafB, ownerB) = paths[j];
                if (scopeA != scopeB) continue;
                if (a.SequenceEqual(b))
                {
                    if (leafA && leafB)
                        Add(ownerB, $"重复的字段键 {string.Join('.', b)} / duplicate key (also used by {ownerA.Id})");
                    else if (leafA || leafB || ownerA.Kind == ComponentKind.DynamicList || ownerB.Kind == ComponentKind.DynamicList)
                        Add(ownerB, $"路径 {string.Join('.', b)} 与 {ownerA.Id} 冲突 / path conflicts with {ownerA.Id}");
                }
                else if ((leafA && IsPrefix(a, b)) || (leafB && IsPrefix(b, a)))
                    Add(ownerB, $"路径 {string.Join('.', b)} 与 {ownerA.Id} 冲突 / path conflicts with {ownerA.Id}");
            }
        }

        private static bool IsPrefix(string[] prefix, string[] path) =>
            prefix.Length < path.Length && prefix.SequenceEqual(path.Take(prefix.Length));
    }
}
