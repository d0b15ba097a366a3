using Oa.Feel.Evaluation;

namespace Oa.Feel.Builtins;

internal static partial class BuiltinRegistry
{
    private static void AddContexts(Adder add)
    {
        add("get value", ["context", "key"], (c, a) => a[0] is Dictionary<string, object?> ctx ? GetValue(ctx, a[1]) : a[0] is null ? null : Invalid);
        add("get value", ["m", "key"], (c, a) => a[0] is Dictionary<string, object?> ctx ? GetValue(ctx, a[1]) : Invalid);
        add("get entries", ["context"], (c, a) => a[0] is Dictionary<string, object?> ctx
            ? ctx.Select(kv => (object?)new Dictionary<string, object?> { ["key"] = kv.Key, ["value"] = kv.Value }).ToList() : Invalid);
        add("get entries", ["m"], (c, a) => a[0] is Dictionary<string, object?> ctx
            ? ctx.Select(kv => (object?)new Dictionary<string, object?> { ["key"] = kv.Key, ["value"] = kv.Value }).ToList() : Invalid);
        add("context", ["entries"], (c, a) => FromEntries(a[0]));
        add("context put", ["context", "key", "value"], (c, a) => a[0] is Dictionary<string, object?> ctx ? Put(ctx, a[1], a[2]) : Invalid);
        add("context put", ["context", "keys", "value"], (c, a) => a[0] is Dictionary<string, object?> ctx ? Put(ctx, a[1], a[2]) : Invalid);
        add("context merge", ["contexts"], (c, a) =>
        {
            var list = ListArg(a);
            if (list is null || list.Any(x => x is not Dictionary<string, object?>)) return Invalid;
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var ctx in list.Cast<Dictionary<string, object?>>()) foreach (var (k, v) in ctx) result[k] = v;
            return result;
        }, 1, true);
    }

    private static object? GetValue(Dictionary<string, object?> ctx, object? key)
    {
        if (key is string k) return ctx.GetValueOrDefault(k);
        if (key is not List<object?> path) return Invalid;
        object? current = ctx;
        foreach (var part in path)
        {
            if (current is not Dictionary<string, object?> d || part is not string p) return null;
            current = d.GetValueOrDefault(p);
        }
        return current;
    }

    private static object? FromEntries(object? entries)
    {
        if (entries is not List<object?> list) return Invalid;
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var e in list)
        {
            if (e is not Dictionary<string, object?> entry || entry.GetValueOrDefault("key") is not string key) return Invalid;
            result[key] = entry.GetValueOrDefault("value");
        }
        return result;
    }

    // context put(ctx, ["a", "b"], v) sets a nested entry, creating contexts on the way.
    private static object? Put(Dictionary<string, object?> ctx, object? key, object? value)
    {
        var keys = key switch
        {
            string s => [s],
            List<object?> l when l.Count > 0 && l.All(x => x is string) => l.Cast<string>().ToList(),
            _ => null,
        };
        if (keys is null) return Invalid;
        var result = new Dictionary<string, object?>(ctx, StringComparer.Ordinal);
        if (keys.Count == 1) { result[keys[0]] = value; return result; }
        var inner = result.GetValueOrDefault(keys[0]) as Dictionary<string, object?> ?? new Dictionary<string, object?>(StringComparer.Ordinal);
        result[keys[0]] = Put(inner, keys.Skip(1).Select(x => (object?)x).ToList(), value);
        return result;
    }
}
