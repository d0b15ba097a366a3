using Oa.Feel.Evaluation;

namespace Oa.Feel.Builtins;

internal static partial class BuiltinRegistry
{
    private static void AddLists(Adder add)
    {
        add("list contains", ["list", "element"], (c, a) => a[0] is List<object?> l ? l.Any(x => Comparison.Equal(x, a[1]) is true) : Invalid);
        add("count", ["list"], (c, a) => a[0] is List<object?> l ? (decimal)l.Count : Invalid);
        add("min", ["list"], (c, a) => Extreme(c, ListArg(a), -1), 1, true);
        add("max", ["list"], (c, a) => Extreme(c, ListArg(a), 1), 1, true);
        add("sum", ["list"], (c, a) => Numbers(ListArg(a)) is { } xs ? xs.Count == 0 ? null : Checked(() => xs.Sum()) : Invalid, 1, true);
        add("product", ["list"], (c, a) => Numbers(ListArg(a)) is { } xs ? xs.Count == 0 ? null : Checked(() => xs.Aggregate(1m, (p, x) => p * x)) : Invalid, 1, true);
        add("mean", ["list"], (c, a) => Numbers(ListArg(a)) is { } xs ? xs.Count == 0 ? null : Checked(() => xs.Sum() / xs.Count) : Invalid, 1, true);
        add("median", ["list"], (c, a) => Numbers(ListArg(a)) is { } xs ? Median(xs) : Invalid, 1, true);
        add("stddev", ["list"], (c, a) => Numbers(ListArg(a)) is { } xs ? StdDev(xs) : Invalid, 1, true);
        add("mode", ["list"], (c, a) => Numbers(ListArg(a)) is { } xs ? Mode(xs) : Invalid, 1, true);
        add("sublist", ["list", "start position", "length"], (c, a) => Sublist(a), 2);
        add("append", ["list", "items"], (c, a) => a[0] is List<object?> l ? new List<object?>(l.Concat(a.Skip(1))) : Invalid, 1, true);
        add("concatenate", ["lists"], (c, a) => a.All(x => x is List<object?>) ? a.SelectMany(x => (List<object?>)x!).ToList() : Invalid, 0, true);
        add("insert before", ["list", "position", "newItem"], (c, a) =>
            a[0] is List<object?> l && Position(l.Count, a[1], true) is int i ? Insert(l, i, a[2]) : Invalid);
        add("remove", ["list", "position"], (c, a) =>
            a[0] is List<object?> l && Position(l.Count, a[1], false) is int i ? l.Where((_, j) => j != i).ToList() : Invalid);
        add("reverse", ["list"], (c, a) => a[0] is List<object?> l ? Enumerable.Reverse(l).ToList() : Invalid);
        add("index of", ["list", "match"], (c, a) => a[0] is List<object?> l
            ? l.Select((x, i) => (x, i)).Where(p => Comparison.Equal(p.x, a[1]) is true).Select(p => (object?)(decimal)(p.i + 1)).ToList() : Invalid);
        add("union", ["lists"], (c, a) => a.All(x => x is List<object?>) ? Distinct(a.SelectMany(x => (List<object?>)x!)) : Invalid, 0, true);
        add("distinct values", ["list"], (c, a) => a[0] is List<object?> l ? Distinct(l) : Invalid);
        add("duplicate values", ["list"], (c, a) => a[0] is List<object?> l ? Duplicates(l) : Invalid);
        add("flatten", ["list"], (c, a) => a[0] is List<object?> l ? Flatten(l, []) : Invalid);
    }

    private static object? Checked(Func<decimal> f)
    {
        try { return f(); }
        catch (OverflowException) { return null; }
    }

    private static List<decimal>? Numbers(List<object?>? list)
    {
        if (list is null) return null;
        var result = new List<decimal>(list.Count);
        foreach (var x in list)
        {
            if (x is not decimal d) return null;
            result.Add(d);
        }
        return result;
    }

    private static object? Extreme(EvalContext c, List<object?>? list, int sign)
    {
        if (list is null) return Invalid;
        if (list.Count == 0) return null;
        var best = list[0];
        foreach (var x in list.Skip(1))
        {
            if (best is null || x is null || Comparison.Compare(x, best) is not int cmp) return Invalid;
            if (cmp * sign > 0) best = x;
        }
        return best;
    }

    private static object? Median(List<decimal> xs)
    {
        if (xs.Count == 0) return null;
        xs.Sort();
        var mid = xs.Count / 2;
        return xs.Count % 2 == 1 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
    }

    // Sample standard deviation, as the spec's examples use.
    private static object? StdDev(List<decimal> xs)
    {
        if (xs.Count < 2) return null;
        return Checked(() =>
        {
            var mean = xs.Sum() / xs.Count;
            var variance = xs.Sum(x => (x - mean) * (x - mean)) / (xs.Count - 1);
            return Sqrt(variance);
        });
    }

    private static object? Mode(List<decimal> xs)
    {
        if (xs.Count == 0) return new List<object?>();
        var groups = xs.GroupBy(x => x).ToList();
        var most = groups.Max(g => g.Count());
        return groups.Where(g => g.Count() == most).Select(g => g.Key).Order().Select(x => (object?)x).ToList();
    }
}
