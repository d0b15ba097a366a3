namespace Oa.Feel.Evaluation;

internal enum CompareOp { Eq, NotEq, Lt, LtEq, Gt, GtEq }

internal sealed class CompareNode(CompareOp op, Node left, Node right) : Node
{
    public override object? Eval(EvalContext c) => Comparison.Apply(c, op, left.Eval(c), right.Eval(c));
}

// Three-valued logic (DMN 1.4 table 54): false wins for `and`, true wins for `or`, otherwise null.
internal sealed class AndNode(Node[] operands) : Node
{
    public override object? Eval(EvalContext c)
    {
        var sawNull = false;
        foreach (var o in operands)
        {
            var v = o.Eval(c);
            if (v is false) return false;
            if (v is not true) sawNull = true;
        }
        return sawNull ? null : true;
    }
}

internal sealed class OrNode(Node[] operands) : Node
{
    public override object? Eval(EvalContext c)
    {
        var sawNull = false;
        foreach (var o in operands)
        {
            var v = o.Eval(c);
            if (v is true) return true;
            if (v is not false) sawNull = true;
        }
        return sawNull ? null : false;
    }
}

internal sealed class BetweenNode(Node value, Node low, Node high) : Node
{
    public override object? Eval(EvalContext c)
    {
        var v = value.Eval(c);
        var lo = Comparison.Apply(c, CompareOp.GtEq, v, low.Eval(c));
        var hi = Comparison.Apply(c, CompareOp.LtEq, v, high.Eval(c));
        if (lo is false || hi is false) return false;
        return lo is true && hi is true ? true : null;
    }
}

// `x in (a, b)`: true if any positive unary test matches the input.
internal sealed class InNode(Node value, Node[] tests) : Node
{
    public override object? Eval(EvalContext c)
    {
        var input = value.Eval(c);
        return UnaryTests.MatchAny(c, input, tests);
    }
}

// A whole unary-tests cell: `-`, `not(...)` or a comma list of positive tests, matched against `?`.
internal sealed class UnaryTestsNode(Node[] tests, bool negated, bool any) : Node
{
    public override object? Eval(EvalContext c)
    {
        if (any) return true;
        c.Scope.TryGet("?", out var input);
        var r = UnaryTests.MatchAny(c, input, tests);
        return negated ? r is bool b ? !b : null : r;
    }
}

// `< 10` as a test: a bound `?` makes it a boolean, otherwise it is the open range it denotes.
internal sealed class UnaryCompareNode(CompareOp op, Node operand) : Node
{
    public override object? Eval(EvalContext c)
    {
        var v = operand.Eval(c);
        return op switch
        {
            CompareOp.Lt => new FeelRange(null, false, v, false),
            CompareOp.LtEq => new FeelRange(null, false, v, true),
            CompareOp.Gt => new FeelRange(v, false, null, false),
            CompareOp.GtEq => new FeelRange(v, true, null, false),
            _ => new UnaryEquality(op == CompareOp.Eq, v),
        };
    }
}

internal sealed record UnaryEquality(bool Equal, object? Value);

internal sealed class RangeNode(Node? start, bool startIncluded, Node? end, bool endIncluded) : Node
{
    public override object? Eval(EvalContext c) =>
        new FeelRange(start?.Eval(c), startIncluded, end?.Eval(c), endIncluded);
}

internal sealed class InputNode : Node
{
    public override object? Eval(EvalContext c) => c.Scope.TryGet("?", out var v) ? v : null;
}
