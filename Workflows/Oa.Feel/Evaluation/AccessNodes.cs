namespace Oa.Feel.Evaluation;

// `a.b`: context member, property of a temporal value, or mapped over a list (`orders.amount`).
internal sealed class PathNode(Node target, string member) : Node
{
    public Node Target { get; } = target;
    public string Member { get; } = member;

    public override object? Eval(EvalContext c) => Get(c, Target.Eval(c), Member);

    public static object? Get(EvalContext c, object? value, string member)
    {
        switch (value)
        {
            case null: return null;
            case Dictionary<string, object?> ctx: return ctx.TryGetValue(member, out var v) ? v : null;
            case List<object?> list:
                c.Step(list.Count);
                System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
                var result = new List<object?>(list.Count);
                foreach (var item in list) result.Add(Get(c, item, member));
                return result;
            default:
                return Properties.Get(value, member, out var p) ? p : c.Fail($"no property '{member}' on {TypeNames.Of(value)}");
        }
    }
}

// `xs[condition]` keeps matching items, `xs[n]` picks one (1-based, negative counts from the end).
internal sealed class FilterNode(Node target, Node filter) : Node
{
    public override object? Eval(EvalContext c)
    {
        var t = target.Eval(c);
        if (t is null) return null;
        var list = t as List<object?> ?? [t];

        // A filter that is a number without any item in scope is an index.
        var probe = filter is LiteralNode ln ? ln.Value : filter is NameNode or NegateNode or PathNode ? filter.Eval(c) : null;
        if (probe is decimal index) return Index(list, index);

        c.Step(list.Count);
        var result = new List<object?>();
        var saved = c.Scope;
        try
        {
            for (var i = 0; i < list.Count; i++)
            {
                var item = list[i];
                var scope = saved.Bind("item", item);
                if (item is Dictionary<string, object?> ctx) scope = scope.BindAll(ctx);
                c.Scope = scope;
                var keep = filter.Eval(c);
                if (i == 0 && keep is decimal n && filter is not (CompareNode or AndNode or OrNode)) return Index(list, n);
                if (keep is true) result.Add(item);
            }
        }
        finally { c.Scope = saved; }
        return result;
    }

    private static object? Index(List<object?> list, decimal index)
    {
        if (index != decimal.Truncate(index)) return null;
        var i = index > 0 ? index - 1 : list.Count + index;
        return i >= 0 && i < list.Count ? list[(int)i] : null;
    }
}

internal sealed class InstanceOfNode(Node value, FeelType type) : Node
{
    public override object? Eval(EvalContext c) => type.IsInstance(value.Eval(c));
}
