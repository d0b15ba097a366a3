namespace Oa.Feel.Evaluation;

// One `x in source` clause; `RangeEnd` is set for `x in 1..10`.
internal sealed record Iterator(string Name, Node Source, Node? RangeEnd);

internal static class Iteration
{
    public static IEnumerable<object?>? Items(EvalContext c, Iterator it)
    {
        var source = it.Source.Eval(c);
        if (it.RangeEnd is not null)
        {
            var end = it.RangeEnd.Eval(c);
            if (source is decimal a && end is decimal b) return Count(a, b);
            c.Fail("a for range needs two numbers");
            return null;
        }
        return source switch
        {
            List<object?> list => list,
            FeelRange { Start: decimal s, End: decimal e } r => Count(r.StartIncluded ? s : s + 1, r.EndIncluded ? e : e - 1),
            null => null,
            _ => [source],
        };
    }

    private static IEnumerable<object?> Count(decimal from, decimal to)
    {
        if (from <= to) for (var i = from; i <= to; i++) yield return i;
        else for (var i = from; i >= to; i--) yield return i;
    }

    // Cartesian product of the iterators, calling `body` with the scope bound; stops when body says so.
    public static bool Run(EvalContext c, Iterator[] iterators, int index, Func<bool> body)
    {
        if (index == iterators.Length) return body();
        var items = Items(c, iterators[index]);
        if (items is null) return true;
        var saved = c.Scope;
        try
        {
            foreach (var item in items)
            {
                c.Step();
                c.Scope = saved.Bind(iterators[index].Name, item);
                if (!Run(c, iterators, index + 1, body)) return false;
                c.Scope = saved;
            }
        }
        finally { c.Scope = saved; }
        return true;
    }
}

internal sealed class ForNode(Iterator[] iterators, Node body) : Node
{
    public override object? Eval(EvalContext c)
    {
        var results = new List<object?>();
        Iteration.Run(c, iterators, 0, () =>
        {
            // Camunda exposes the results so far as `partial` (e.g. for Fibonacci-style lists).
            var saved = c.Scope;
            c.Scope = saved.Bind("partial", results);
            try
            {
                var value = body.Eval(c);
                // `return partial` would otherwise put the result list inside itself.
                results.Add(ReferenceEquals(value, results) ? new List<object?>(results) : value);
            }
            finally { c.Scope = saved; }
            return true;
        });
        return results;
    }
}

internal sealed class QuantifiedNode(bool every, Iterator[] iterators, Node condition) : Node
{
    public override object? Eval(EvalContext c)
    {
        var result = every;
        Iteration.Run(c, iterators, 0, () =>
        {
            var v = condition.Eval(c) is true;
            if (v == every) return true;
            result = !every;
            return false;
        });
        return result;
    }
}
