namespace Oa.Feel;

// A function value: a built-in or a user-defined `function(a, b) body`.
public abstract class FeelFunction
{
    public abstract IReadOnlyList<string> ParameterNames { get; }
    public abstract string Name { get; }

    internal abstract object? Invoke(Evaluation.EvalContext context, object?[] args);

    internal virtual object? InvokeNamed(Evaluation.EvalContext context, string[] names, object?[] values)
    {
        var args = new object?[ParameterNames.Count];
        for (var i = 0; i < names.Length; i++)
        {
            var index = IndexOf(names[i]);
            if (index < 0) return context.Fail($"function {Name} has no parameter '{names[i]}'");
            args[index] = values[i];
        }
        return Invoke(context, args);
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < ParameterNames.Count; i++) if (ParameterNames[i] == name) return i;
        return -1;
    }
    public override string ToString() => "function " + Name + "(" + string.Join(", ", ParameterNames) + ")";
}
