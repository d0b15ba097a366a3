namespace Oa.Feel.Evaluation;

// Compiled AST: each node evaluates itself; no reflection, no per-evaluation allocation beyond results.
internal abstract class Node
{
    public abstract object? Eval(EvalContext c);
}

internal sealed class LiteralNode(object? value) : Node
{
    public object? Value { get; } = value;
    public override object? Eval(EvalContext c) => Value;
}

internal sealed class NameNode(string name) : Node
{
    public string Name { get; } = name;

    // An unknown name is null (spec); it is not reported as an error because forms probe optional fields.
    public override object? Eval(EvalContext c) => c.Scope.TryGet(Name, out var v) ? v : null;
}

internal sealed class ListNode(Node[] items) : Node
{
    public override object? Eval(EvalContext c)
    {
        var list = new List<object?>(items.Length);
        foreach (var item in items) list.Add(item.Eval(c));
        return list;
    }
}

internal sealed class ContextNode((string Key, Node Value)[] entries) : Node
{
    // Later entries see earlier ones: {a: 1, b: a + 1}.
    public override object? Eval(EvalContext c)
    {
        var result = new Dictionary<string, object?>(entries.Length, StringComparer.Ordinal);
        var saved = c.Scope;
        try
        {
            c.Scope = saved.BindAll(result);
            foreach (var (key, value) in entries) result[key] = value.Eval(c);
        }
        finally { c.Scope = saved; }
        return result;
    }
}

internal sealed class IfNode(Node condition, Node then, Node otherwise) : Node
{
    public override object? Eval(EvalContext c) => condition.Eval(c) is true ? then.Eval(c) : otherwise.Eval(c);
}

internal sealed class NegateNode(Node operand) : Node
{
    public override object? Eval(EvalContext c) => Arithmetic.Negate(c, operand.Eval(c));
}

internal sealed class ArithmeticNode(char op, Node left, Node right) : Node
{
    public override object? Eval(EvalContext c)
    {
        var l = left.Eval(c);
        var r = right.Eval(c);
        return op switch
        {
            '+' => Arithmetic.Add(c, l, r),
            '-' => Arithmetic.Subtract(c, l, r),
            '*' => Arithmetic.Multiply(c, l, r),
            '/' => Arithmetic.Divide(c, l, r),
            _ => Arithmetic.Power(c, l, r),
        };
    }
}
