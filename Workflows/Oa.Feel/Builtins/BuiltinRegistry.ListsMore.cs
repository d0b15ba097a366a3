using Oa.Feel.Evaluation;

namespace Oa.Feel.Builtins;

internal static partial class BuiltinRegistry
{
    private static void AddListsMore(Adder add)
    {
        add("sort", ["list", "precedes"], (c, a) => Sort(c, a), 1);
        add("string join", ["list", "delimiter", "prefix", "suffix"], (c, a) => Join(a), 1);
        add("list replace", ["list", "position", "newItem"], (c, a) => Replace(c, a));
        add("partition", ["list", "size"], (c, a) => a[0] is List<object?> l && Int(a[1]) is { } size && size > 0
            ? l.Chunk((int)Math.Min(size, int.MaxValue)).Select(x => (object?)x.ToList()).ToList() : Invalid);
    }

    private static object? Sublist(object?[] a)
    {
        if (a[0] is not List<object?> l || Position(l.Count, a[1], false) is not int start) return Invalid;
        var length = Arg(a, 2);
        if (length is null) return l.Skip(start).ToList();
        if (Int(length) is not { } n || n < 0 || start + n > l.Count) return Invalid;
        return l.GetRange(start, (int)n);
    }

    // FEEL positions are 1-based and negative ones count from the end; `forInsert` allows one past the end.
    private static int? Position(int count, object? position, bool forInsert)
    {
        if (Int(position) is not { } p || p == 0) return null;
        var i = p > 0 ? p - 1 : count + p;
        var max = forInsert ? count : count - 1;
        return i >= 0 && i <= max ? (int)i : null;
    }

    private static List<object?> Insert(List<object?> l, int index, object? item)
    {
        var result = new List<object?>(l);
        result.Insert(index, item);
        return result;
    }

    private static List<object?> Distinct(IEnumerable<object?> items)
    {
        var seen = new HashSet<object?>(FeelEqualityComparer.Instance);
        var result = new List<object?>();
        foreach (var x in items) if (seen.Add(x)) result.Add(x);
        return result;
    }

    // Each value that occurs more than once, in order of first occurrence.
    private static List<object?> Duplicates(List<object?> items)
    {
        var counts = new Dictionary<object, int>(FeelEqualityComparer.Instance!);
        var nulls = 0;
        foreach (var x in items)
        {
            if (x is null) nulls++;
            else counts[x] = counts.GetValueOrDefault(x) + 1;
        }
        var result = new List<object?>();
        var reported = new HashSet<object?>(FeelEqualityComparer.Instance);
        foreach (var x in items)
        {
            if ((x is null ? nulls : counts[x]) > 1 && reported.Add(x)) result.Add(x);
        }
        return result;
    }

    private static List<object?> Flatten(List<object?> items, List<object?> into)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var x in items)
        {
            if (x is List<object?> inner) Flatten(inner, into);
            else into.Add(x);
        }
        return into;
    }

    // Stable merge sort driven by the FEEL `precedes(a, b)` function: O(n log n) calls.
    private static object? Sort(EvalContext c, object?[] a)
    {
        if (a[0] is not List<object?> l) return Invalid;
        var precedes = Arg(a, 1) as FeelFunction;
        if (precedes is null && Arg(a, 1) is not null) return Invalid;
        var items = l.ToArray();
        MergeSort(c, precedes, items, new object?[items.Length], 0, items.Length);
        return items.ToList();
    }

    private static void MergeSort(EvalContext c, FeelFunction? precedes, object?[] items, object?[] buffer, int from, int to)
    {
        if (to - from < 2) return;
        var mid = (from + to) / 2;
        MergeSort(c, precedes, items, buffer, from, mid);
        MergeSort(c, precedes, items, buffer, mid, to);
        int i = from, j = mid, k = from;
        while (i < mid && j < to) buffer[k++] = Before(c, precedes, items[j], items[i]) ? items[j++] : items[i++];
        while (i < mid) buffer[k++] = items[i++];
        while (j < to) buffer[k++] = items[j++];
        Array.Copy(buffer, from, items, from, to - from);
    }

    private static bool Before(EvalContext c, FeelFunction? precedes, object? x, object? y)
    {
        if (precedes is null) return x is not null && y is not null && Comparison.Compare(x, y) is < 0;
        return CallNode.Invoke(c, precedes, [x, y], null) is true;
    }

    private static object? Join(object?[] a)
    {
        if (a[0] is not List<object?> l || l.Any(x => x is not null and not string)) return Invalid;
        var delimiter = Arg(a, 1) as string ?? "";
        var body = string.Join(delimiter, l.OfType<string>());
        return a.Length > 2 ? (Arg(a, 2) as string ?? "") + body + (Arg(a, 3) as string ?? "") : body;
    }

    // list replace(list, position, newItem) or list replace(list, match, newItem) with match(item, newItem).
    private static object? Replace(EvalContext c, object?[] a)
    {
        if (a[0] is not List<object?> l) return Invalid;
        if (a[1] is FeelFunction match)
            return l.Select(x => CallNode.Invoke(c, match, [x, a[2]], null) is true ? a[2] : x).ToList();
        if (Position(l.Count, a[1], false) is not int i) return Invalid;
        var result = new List<object?>(l) { [i] = a[2] };
        return result;
    }
}
