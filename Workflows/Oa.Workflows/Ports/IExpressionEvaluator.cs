using System.Text.Json;

namespace Oa.Workflows.Ports;

// The engine's only window onto an expression language. Models speak FEEL; the adapter
// lives in FeelExpressionEvaluator so the executor never sees interpreter types.
// Variables cross the port as JSON because instance state stores them as JSON.
public interface IExpressionEvaluator
{
    ExpressionCompilation Compile(string source);

    ExpressionValue Evaluate(CompiledExpression expression, IReadOnlyDictionary<string, JsonElement> variables);
}
