namespace Oa.Feel.Evaluation;

// Immutable chain of bindings: a single name (for/quantifier/function parameter) or a whole context
// (filter items, context entries, the caller's variables).
internal sealed class Scope
{
    private readonly Scope? _parent;
    private readonly string? _name;
    private readonly object? _value;
    private readonly IReadOnlyDictionary<string, object?>? _map;
    private readonly Func<string, (bool, object?)>? _lookup;

    private Scope(Scope? parent, string? name, object? value, IReadOnlyDictionary<string, object?>? map, Func<string, (bool, object?)>? lookup)
    {
        _parent = parent; _name = name; _value = value; _map = map; _lookup = lookup;
    }

    public static readonly Scope Empty = new(null, null, null, null, null);

    public static Scope Root(Func<string, (bool, object?)> lookup) => new(null, null, null, null, lookup);

    public Scope Bind(string name, object? value) => new(this, name, value, null, null);

    public Scope BindAll(IReadOnlyDictionary<string, object?> map) => new(this, null, null, map, null);

    public bool TryGet(string name, out object? value)
    {
        for (var s = this; s is not null; s = s._parent)
        {
            if (s._name is not null)
            {
                if (string.Equals(s._name, name, StringComparison.Ordinal)) { value = s._value; return true; }
            }
            else if (s._map is not null)
            {
                if (s._map.TryGetValue(name, out value)) return true;
            }
            else if (s._lookup is not null)
            {
                var (found, v) = s._lookup(name);
                if (found) { value = v; return true; }
            }
        }
        value = null;
        return false;
    }
}
