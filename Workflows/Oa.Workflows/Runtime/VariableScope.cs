using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Oa.Workflows.Runtime;

// Read view of the variables visible from a token: overlay, then token locals up the parent
// chain, then process variables. Nothing is copied unless someone enumerates it.
internal sealed class VariableScope(Func<string, Token?> find, Token? token, IReadOnlyDictionary<string, JsonElement> root,
    IReadOnlyDictionary<string, JsonElement>? overlay = null) : IReadOnlyDictionary<string, JsonElement>
{
    private Dictionary<string, JsonElement>? flat;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonElement value)
    {
        if (overlay is not null && overlay.TryGetValue(key, out value)) return true;
        for (var t = token; t is not null; t = t.ParentId is null ? null : find(t.ParentId))
            if (t.Locals is not null && t.Locals.TryGetValue(key, out value)) return true;
        return root.TryGetValue(key, out value);
    }

    // Cheap stand-in for Count (names shadowed in several scopes count more than once): FEEL only
    // asks whether there are variables at all, and flattening every evaluation would cost a copy.
    public int CountUpperBound
    {
        get
        {
            var n = root.Count + (overlay?.Count ?? 0);
            for (var t = token; t is not null; t = t.ParentId is null ? null : find(t.ParentId)) n += t.Locals?.Count ?? 0;
            return n;
        }
    }

    public Dictionary<string, JsonElement> Flatten()
    {
        if (flat is not null) return flat;
        var chain = new List<Token>();
        for (var t = token; t is not null; t = t.ParentId is null ? null : find(t.ParentId)) chain.Add(t);
        var result = new Dictionary<string, JsonElement>(root, StringComparer.Ordinal);
        for (var i = chain.Count - 1; i >= 0; i--)
            if (chain[i].Locals is { } locals)
                foreach (var (k, v) in locals) result[k] = v;
        if (overlay is not null)
            foreach (var (k, v) in overlay) result[k] = v;
        return flat = result;
    }

    public JsonElement this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => Flatten().Keys;

    public IEnumerable<JsonElement> Values => Flatten().Values;

    public int Count => Flatten().Count;

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => Flatten().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
