using System.Text.Json;
using Oa.Feel;

namespace Oa.Workflows.Ports;

// Adapter from the engine's evaluator port to Oa.Feel. Variables are handed over as boxed
// JsonElements and converted by FEEL only when an expression reads them.
public sealed class FeelExpressionEvaluator(FeelEngine engine) : IExpressionEvaluator
{
    public static FeelExpressionEvaluator Instance { get; } = new(FeelEngine.Default);

    public ExpressionCompilation Compile(string source)
    {
        var result = engine.Compile(source);
        return result.Expression is null
            ? new ExpressionCompilation(null, result.Error ?? "invalid expression", result.Position)
            : new ExpressionCompilation(new CompiledExpression(source, result.Expression), null);
    }

    public ExpressionValue Evaluate(CompiledExpression expression, IReadOnlyDictionary<string, JsonElement> variables)
    {
        if (expression.Handle is not FeelExpression feel)
            return new ExpressionValue(default, $"'{expression.Source}' was not compiled by the FEEL evaluator.");
        var result = engine.Evaluate(feel, new BoxedVariables(variables));
        if (result.IsError) return new ExpressionValue(default, result.Error);
        return new ExpressionValue(ToJson(result.Value), null);
    }

    private static readonly JsonElement Null = JsonSerializer.SerializeToElement<object?>(null);
    private static readonly JsonElement True = JsonSerializer.SerializeToElement(true);
    private static readonly JsonElement False = JsonSerializer.SerializeToElement(false);

    private static JsonElement ToJson(object? value) => value switch
    {
        null => Null,
        bool b => b ? True : False,
        string s => JsonSerializer.SerializeToElement(s),
        _ => FeelValues.ToJson(value) is { } node ? JsonSerializer.SerializeToElement(node) : Null,
    };
}
