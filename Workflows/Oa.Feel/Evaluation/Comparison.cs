namespace Oa.Feel.Evaluation;

// DMN 1.4 10.3.2.2: equality is deep for lists and contexts; ordering exists only within one type.
internal static class Comparison
{
    public static object? Apply(EvalContext c, CompareOp op, object? l, object? r)
    {
        switch (op)
        {
            case CompareOp.Eq: return Equal(l, r) ?? Incomparable(c, l, r);
            case CompareOp.NotEq: return Equal(l, r) is bool b ? !b : Incomparable(c, l, r);
        }
        if (l is null || r is null) return null;
        var cmp = Compare(l, r);
        if (cmp is not int x) return Incomparable(c, l, r);
        return op switch
        {
            CompareOp.Lt => x < 0,
            CompareOp.LtEq => x <= 0,
            CompareOp.Gt => x > 0,
            _ => x >= 0,
        };
    }

    private static object? Incomparable(EvalContext c, object? l, object? r) =>
        c.Fail($"cannot compare {TypeNames.Of(l)} with {TypeNames.Of(r)}");

    public static int? Compare(object l, object r) => (l, r) switch
    {
        (decimal a, decimal b) => a.CompareTo(b),
        (string a, string b) => Math.Sign(string.CompareOrdinal(a, b)),
        (DateOnly a, DateOnly b) => a.CompareTo(b),
        (TimeSpan a, TimeSpan b) => a.CompareTo(b),
        (YearsMonthsDuration a, YearsMonthsDuration b) => a.CompareTo(b),
        (FeelTime a, FeelTime b) => Temporal.CompareTime(a, b),
        _ when Temporal.IsDateTime(l) && Temporal.IsDateTime(r) => Temporal.CompareDateTime(l, r),
        _ => null,
    };

    // null = null is true, null = x is false; values of different types are not comparable (null).
    public static object? Equal(object? l, object? r)
    {
        if (l is null || r is null) return l is null && r is null;
        switch (l, r)
        {
            case (decimal a, decimal b): return a == b;
            case (string a, string b): return string.Equals(a, b, StringComparison.Ordinal);
            case (bool a, bool b): return a == b;
            case (List<object?> a, List<object?> b):
                if (a.Count != b.Count) return false;
                // Values can nest arbitrarily deep (built in a loop); fail cleanly instead of overflowing the stack.
                System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
                for (var i = 0; i < a.Count; i++) if (Equal(a[i], b[i]) is not true) return false;
                return true;
            case (Dictionary<string, object?> a, Dictionary<string, object?> b):
                if (a.Count != b.Count) return false;
                System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
                foreach (var (k, v) in a) if (!b.TryGetValue(k, out var w) || Equal(v, w) is not true) return false;
                return true;
            case (FeelRange a, FeelRange b):
                return a.StartIncluded == b.StartIncluded && a.EndIncluded == b.EndIncluded
                    && Equal(a.Start, b.Start) is true && Equal(a.End, b.End) is true;
            case (FeelFunction a, FeelFunction b): return ReferenceEquals(a, b);
        }
        return Compare(l, r) is int x ? x == 0 : null;
    }
}
