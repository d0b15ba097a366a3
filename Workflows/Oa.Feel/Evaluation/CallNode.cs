using Oa.Feel.Builtins;

namespace Oa.Feel.Evaluation;

internal sealed class CallNode : Node
{
    private readonly string? _name;
    private readonly Node? _callee;
    private readonly BuiltinFunction? _builtin;
    private readonly Node[] _args;
    private readonly string[]? _argNames;

    public CallNode(string? name, Node? callee, Node[] args, string[]? argNames)
    {
        _name = name; _callee = callee; _args = args; _argNames = argNames;
        if (name is not null) _builtin = BuiltinRegistry.Find(name);
        _constant = Fold();
    }

    private readonly object? _constant;

    // date("2024-01-01") and friends with literal arguments are parsed once, at compile time.
    private static readonly HashSet<string> Foldable = ["date", "time", "date and time", "duration"];

    private object? Fold()
    {
        if (_builtin is null || _argNames is not null || !Foldable.Contains(_name!) || !_args.All(a => a is LiteralNode)) return null;
        var c = new EvalContext(new FeelOptions(), Scope.Empty);
        return Invoke(c, _builtin, _args.Select(a => ((LiteralNode)a).Value).ToArray(), null);
    }

    public override object? Eval(EvalContext c)
    {
        FeelFunction? fn;
        if (_name is not null)
        {
            if (_constant is not null && !c.Scope.TryGet(_name, out _)) return _constant;
            // A variable holding a function shadows a built-in of the same name.
            fn = c.Scope.TryGet(_name, out var v) && v is FeelFunction f ? f : _builtin;
            if (fn is null) return c.Fail($"no function found with name '{_name}'");
        }
        else
        {
            fn = _callee!.Eval(c) as FeelFunction;
            if (fn is null) return c.Fail("expression is not a function");
        }
        var values = new object?[_args.Length];
        for (var i = 0; i < _args.Length; i++) values[i] = _args[i].Eval(c);
        return Invoke(c, fn, values, _argNames);
    }

    public static object? Invoke(EvalContext c, FeelFunction fn, object?[] values, string[]? names)
    {
        c.Step();
        if (c.CallDepth >= c.Options.MaxCallDepth || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new FeelAbortException($"evaluation exceeded the call depth of {c.Options.MaxCallDepth}");
        c.CallDepth++;
        try
        {
            return names is null ? fn.Invoke(c, values) : fn.InvokeNamed(c, names, values);
        }
        finally { c.CallDepth--; }
    }
}

internal sealed class UserFunction(string[] parameters, Node body, Scope closure) : FeelFunction
{
    public override IReadOnlyList<string> ParameterNames => parameters;
    public override string Name => "anonymous";

    internal override object? Invoke(EvalContext c, object?[] args)
    {
        if (args.Length > parameters.Length) return c.Fail($"function expects {parameters.Length} arguments but got {args.Length}");
        var scope = closure;
        for (var i = 0; i < parameters.Length; i++) scope = scope.Bind(parameters[i], i < args.Length ? args[i] : null);
        var saved = c.Scope;
        c.Scope = scope;
        try { return body.Eval(c); }
        finally { c.Scope = saved; }
    }
}

internal sealed class FunctionDefNode(string[] parameters, Node body) : Node
{
    public override object? Eval(EvalContext c) => new UserFunction(parameters, body, c.Scope);
}
