using Oa.Feel.Evaluation;

namespace Oa.Feel.Builtins;

// One signature of a built-in; a body returns BuiltinFunction.Invalid when argument types do not fit.
internal sealed record Overload(string[] Parameters, int Required, Func<EvalContext, object?[], object?> Body, bool Variadic = false);

internal sealed class BuiltinFunction(string name, List<Overload> overloads) : FeelFunction
{
    public static readonly object Invalid = new();

    public override string Name => name;
    public override IReadOnlyList<string> ParameterNames => overloads[0].Parameters;

    internal override object? Invoke(EvalContext c, object?[] args)
    {
        // Overloads of one arity differ by type (date and time(date, time) vs (date, timezone)):
        // the first whose body accepts the arguments wins.
        var matched = false;
        foreach (var o in overloads)
        {
            if (args.Length < o.Required || args.Length > o.Parameters.Length && !o.Variadic) continue;
            matched = true;
            var result = Run(c, o, args);
            if (!ReferenceEquals(result, Invalid)) return result;
        }
        return matched ? InvalidArguments(c, args) : c.Fail($"no overload of {name} takes {args.Length} arguments");
    }

    internal override object? InvokeNamed(EvalContext c, string[] names, object?[] values)
    {
        foreach (var o in overloads)
        {
            var indexes = names.Select(n => Array.IndexOf(o.Parameters, n)).ToArray();
            if (indexes.Any(i => i < 0)) continue;
            var length = indexes.Length == 0 ? 0 : indexes.Max() + 1;
            if (length < o.Required) continue;
            var args = new object?[length];
            for (var i = 0; i < indexes.Length; i++) args[indexes[i]] = values[i];
            var result = Run(c, o, args);
            return ReferenceEquals(result, Invalid) ? InvalidArguments(c, args) : result;
        }
        return c.Fail($"no overload of {name} has parameters ({string.Join(", ", names)})");
    }

    private object? InvalidArguments(EvalContext c, object?[] args) =>
        c.Fail($"invalid arguments for {name}({string.Join(", ", args.Select(TypeNames.Of))})");

    private object? Run(EvalContext c, Overload o, object?[] args)
    {
        // DMN 1.4 10.3.2.9.4: a single value passed where a list parameter is expected becomes a singleton list.
        for (var i = 0; !o.Variadic && i < args.Length && i < o.Parameters.Length; i++)
        {
            if (o.Parameters[i] == "list" && args[i] is not (null or List<object?>))
            {
                args = (object?[])args.Clone();
                args[i] = new List<object?> { args[i] };
            }
        }
        // Work is charged by the size of list arguments and of the result, so that doubling strings or
        // lists in a short loop hits the step limit instead of exhausting memory.
        foreach (var arg in args) if (arg is List<object?> l) c.Step(l.Count);
        object? result;
        try { result = o.Body(c, args); }
        catch (Exception e) when (e is OverflowException or ArgumentException) { return c.Fail($"{name} failed: {e.Message}"); }
        c.Step(result switch { string s => s.Length / 64, List<object?> l => l.Count, _ => 0 });
        return result;
    }
}
