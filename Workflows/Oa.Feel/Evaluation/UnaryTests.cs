namespace Oa.Feel.Evaluation;

internal static class UnaryTests
{
    public static object? MatchAny(EvalContext c, object? input, Node[] tests)
    {
        var saved = c.Scope;
        var sawNull = false;
        try
        {
            c.Scope = saved.Bind("?", input);
            foreach (var t in tests)
            {
                var r = Match(c, input, t.Eval(c));
                if (r is true) return true;
                if (r is null) sawNull = true;
            }
        }
        finally { c.Scope = saved; }
        return sawNull ? null : false;
    }

    // How a positive unary test's value applies to the input (DMN 1.4 10.3.2.9.4 / Camunda).
    public static object? Match(EvalContext c, object? input, object? test)
    {
        switch (test)
        {
            case FeelRange r: return InRange(c, input, r);
            case UnaryEquality u:
                var eq = Comparison.Equal(input, u.Value);
                return eq is bool b ? b == u.Equal : null;
            case List<object?> list:
                if (input is List<object?> && Comparison.Equal(input, test) is true) return true;
                foreach (var item in list)
                {
                    if (item is FeelRange ir ? InRange(c, input, ir) is true : Comparison.Equal(input, item) is true) return true;
                }
                return false;
            case bool tb when input is not bool: return tb;
            case null when input is not null: return false;
            default: return Comparison.Equal(input, test);
        }
    }

    public static object? InRange(EvalContext c, object? input, FeelRange r)
    {
        // A null input matches no range (decision-table semantics; feelin agrees).
        if (input is null) return false;
        object? lo = true, hi = true;
        if (r.Start is not null) lo = Comparison.Apply(c, r.StartIncluded ? CompareOp.GtEq : CompareOp.Gt, input, r.Start);
        if (r.End is not null) hi = Comparison.Apply(c, r.EndIncluded ? CompareOp.LtEq : CompareOp.Lt, input, r.End);
        if (lo is false || hi is false) return false;
        return lo is true && hi is true ? true : null;
    }
}
