using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Oa.Workflows.Ports;

// IReadOnlyDictionary<string, object?> over JSON variables without copying them.
internal sealed class BoxedVariables(IReadOnlyDictionary<string, JsonElement> inner) : IReadOnlyDictionary<string, object?>
{
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var found = inner.TryGetValue(key, out var element);
        value = found ? element : null;
        return found;
    }

    public object? this[string key] => inner[key];

    public IEnumerable<string> Keys => inner.Keys;

    public IEnumerable<object?> Values => inner.Values.Select(v => (object?)v);

    public int Count => inner is Runtime.VariableScope scope ? scope.CountUpperBound : inner.Count;

    public bool ContainsKey(string key) => inner.ContainsKey(key);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() =>
        inner.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
