using System.Collections.Concurrent;
using Oa.Feel.Evaluation;
using Oa.Feel.Parsing;

namespace Oa.Feel;

// Entry point: compiles FEEL text once (cached) and evaluates it. Never throws for any input;
// runtime problems give a null value with an error text, as FEEL treats errors as null.
public sealed class FeelEngine
{
    private readonly ConcurrentDictionary<string, FeelCompileResult> _expressions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FeelCompileResult> _unaryTests = new(StringComparer.Ordinal);

    private int _cached;

    public FeelEngine(FeelOptions? options = null) => Options = options ?? new FeelOptions();

    public static FeelEngine Default { get; } = new();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TimeProvider, FeelEngine> ByClock = [];

    /// <summary>An engine whose now() and today() read the given clock (the host's, or a test's fake one); the system clock gets <see cref="Default"/>.</summary>
    public static FeelEngine For(TimeProvider clock) =>
        ReferenceEquals(clock, TimeProvider.System) ? Default : ByClock.GetValue(clock, c => new FeelEngine(new FeelOptions { TimeProvider = c }));

    public FeelOptions Options { get; }

    public FeelCompileResult Compile(string expression) => Cached(_expressions, expression ?? "", false);

    public FeelCompileResult CompileUnaryTests(string unaryTests) => Cached(_unaryTests, unaryTests ?? "", true);

    public FeelResult Evaluate(string expression, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var compiled = Compile(expression);
        return compiled.Expression is null ? FeelResult.Fail(compiled.Error!) : Evaluate(compiled.Expression, variables);
    }

    public FeelResult Evaluate(FeelExpression expression, IReadOnlyDictionary<string, object?>? variables = null) =>
        expression is null ? FeelResult.Fail("no expression") : Run(expression, RootScope(variables));

    public FeelResult EvaluateUnaryTests(string unaryTests, object? input, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var compiled = CompileUnaryTests(unaryTests);
        return compiled.Expression is null ? FeelResult.Fail(compiled.Error!) : EvaluateUnaryTests(compiled.Expression, input, variables);
    }

    public FeelResult EvaluateUnaryTests(FeelExpression unaryTests, object? input, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (unaryTests is null) return FeelResult.Fail("no unary tests");
        object? value;
        try { value = FeelValues.FromDotNet(input); }
        catch (Exception e) { return FeelResult.Fail("cannot convert the input: " + e.Message); }
        return Run(unaryTests, RootScope(variables).Bind("?", value));
    }

    private FeelResult Run(FeelExpression expression, Scope scope)
    {
        var context = new EvalContext(Options, scope);
        try
        {
            var value = expression.Root.Eval(context);
            return new FeelResult(value, value is null ? context.FirstError : null);
        }
        catch (FeelAbortException e) { return FeelResult.Fail(e.Message); }
        catch (Exception e) { return FeelResult.Fail($"evaluation failed: {e.GetType().Name}: {e.Message}"); }
    }

    // Variables are converted to FEEL values lazily, once per evaluation, so large inputs cost only what is read.
    private static Scope RootScope(IReadOnlyDictionary<string, object?>? variables)
    {
        if (variables is null || variables.Count == 0) return Scope.Empty;
        Dictionary<string, object?>? converted = null;
        return Scope.Root(name =>
        {
            if (converted is not null && converted.TryGetValue(name, out var done)) return (true, done);
            if (!variables.TryGetValue(name, out var raw)) return (false, null);
            if (raw is null or string or decimal or bool) return (true, raw);
            var value = FeelValues.FromDotNet(raw);
            (converted ??= new(StringComparer.Ordinal))[name] = value;
            return (true, value);
        });
    }

    private FeelCompileResult Cached(ConcurrentDictionary<string, FeelCompileResult> cache, string text, bool unary)
    {
        if (cache.TryGetValue(text, out var hit)) return hit;
        // ConcurrentDictionary.Count takes every lock, so the size is tracked separately; a full cache starts over.
        if (Interlocked.Increment(ref _cached) > Options.CacheSize)
        {
            cache.Clear();
            Interlocked.Exchange(ref _cached, 0);
        }
        var result = CompileNow(text, unary);
        return cache.GetOrAdd(text, result);
    }

    private static FeelCompileResult CompileNow(string text, bool unary)
    {
        // Camunda writes expressions as "=a + b"; the '=' only marks the text as FEEL.
        var offset = 0;
        while (offset < text.Length && char.IsWhiteSpace(text[offset])) offset++;
        if (offset < text.Length && text[offset] == '=' && !unary) offset++;
        var body = offset == 0 ? text : new string(' ', offset) + text[offset..];
        if (string.IsNullOrWhiteSpace(body))
        {
            if (!unary) return new FeelCompileResult(null, "expression is empty", 0);
            body = "-";
        }
        try
        {
            var parsed = unary ? Parser.ParseUnaryTests(body) : Parser.ParseExpression(body);
            return new FeelCompileResult(new FeelExpression(text, parsed.Root, parsed.Referenced, parsed.FilterOnly, unary), null, 0);
        }
        catch (FeelSyntaxException e) { return new FeelCompileResult(null, e.Message, e.Position); }
        catch (Exception e) { return new FeelCompileResult(null, "cannot parse: " + e.Message, 0); }
    }
}
