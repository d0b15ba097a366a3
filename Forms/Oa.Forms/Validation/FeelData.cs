namespace Oa.Forms.Validation;

// The FEEL view of the data (contexts are Dictionary<string, object?>), kept in step with the
// JSON while conditions hide fields and expression fields compute.
internal static class FeelData
{
    public static void Set(Dictionary<string, object?> root, IReadOnlyList<string> path, object? value)
    {
        var d = root;
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (!d.TryGetValue(path[i], out var next) || next is not Dictionary<string, object?> child)
            {
                child = new Dictionary<string, object?>();
                d[path[i]] = child;
            }
            d = child;
        }
        d[path[^1]] = value;
    }

    public static void Remove(Dictionary<string, object?> root, IReadOnlyList<string> path)
    {
        if (path.Count == 0) return;
        var d = root;
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (!d.TryGetValue(path[i], out var next) || next is not Dictionary<string, object?> child) return;
            d = child;
        }
        d.Remove(path[^1]);
    }

    public static object? Get(Dictionary<string, object?> root, IReadOnlyList<string> path)
    {
        object? node = root;
        foreach (var segment in path)
        {
            if (node is not Dictionary<string, object?> d || !d.TryGetValue(segment, out node)) return null;
        }
        return node;
    }
}
