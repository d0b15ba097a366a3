using System.Collections.Immutable;
using System.Text.Json;
using Oa.Workflows.Model;

namespace Oa.Workflows.Runtime;

internal sealed partial class Execution
{
    private VariableScope Scope(Token? token, IReadOnlyDictionary<string, JsonElement>? overlay = null) =>
        new(FindToken, token, variables, overlay);

    private JsonElement Eval(Expression expression, Token? token, string what, IReadOnlyDictionary<string, JsonElement>? overlay = null)
    {
        if (expression.Compiled is null) return JsonValues.Of(expression.Literal);
        var result = ctx.Evaluator.Evaluate(expression.Compiled, Scope(token, overlay));
        if (result.IsError)
            throw new ElementFailure("ExpressionFailed", $"Failed to evaluate {what} '{expression.Source}': {result.Error}");
        return result.Value;
    }

    private string? EvalText(Expression? expression, Token? token, string what) =>
        expression is null ? null : JsonValues.AsText(Eval(expression, token, what));

    // Static "a, b" or FEEL yielding a list or a comma-separated string.
    private ImmutableList<string> EvalList(Expression? expression, Token? token, string what)
    {
        if (expression is null) return [];
        var value = Eval(expression, token, what);
        if (value.ValueKind == JsonValueKind.Array)
            return value.EnumerateArray().Select(JsonValues.AsText).OfType<string>().ToImmutableList();
        var text = JsonValues.AsText(value);
        return text is null ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToImmutableList();
    }

    private DateTimeOffset? EvalDate(Expression? expression, Token? token, string what)
    {
        var text = EvalText(expression, token, what);
        if (string.IsNullOrEmpty(text)) return null;
        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d)
            ? d : throw new ElementFailure("ExpressionFailed", $"{what} '{text}' is not an ISO-8601 date-time.");
    }

    private bool EvalCondition(Expression condition, Token token, IReadOnlyDictionary<string, JsonElement>? overlay = null) =>
        Eval(condition, token, "condition", overlay).ValueKind == JsonValueKind.True;

    // Zeebe propagation: a variable is set in the nearest scope that already defines it, else at process level.
    private void SetVariable(string? scopeId, string name, JsonElement value)
    {
        for (var t = scopeId is null ? null : FindToken(scopeId); t is not null; t = Parent(t))
        {
            if (t.Locals is null || !t.Locals.ContainsKey(name)) continue;
            Put(t with { Locals = t.Locals.SetItem(name, value) });
            return;
        }
        variables[name] = value;
    }

    private void SetVariables(string? scopeId, IReadOnlyDictionary<string, JsonElement>? values, FlowNode? node)
    {
        if (values is null || values.Count == 0) return;
        foreach (var (name, value) in values) SetVariable(scopeId, name, value);
        History("VariablesChanged", node, data: Data(("names", values.Keys.ToArray())));
    }

    // zeebe:input/output targets may be paths ("a.b"): the leaf is merged into the existing object.
    private static (string Root, JsonElement Value) Assign(VariableScope scope, string target, JsonElement value)
    {
        var dot = target.IndexOf('.');
        if (dot < 0) return (target, value);
        var root = target[..dot];
        var node = scope.TryGetValue(root, out var existing) && existing.ValueKind == JsonValueKind.Object
            ? System.Text.Json.Nodes.JsonNode.Parse(existing.GetRawText())!.AsObject()
            : new System.Text.Json.Nodes.JsonObject();
        var cursor = node;
        var parts = target[(dot + 1)..].Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (cursor[parts[i]] is not System.Text.Json.Nodes.JsonObject next)
                cursor[parts[i]] = next = new System.Text.Json.Nodes.JsonObject();
            cursor = next;
        }
        cursor[parts[^1]] = System.Text.Json.Nodes.JsonNode.Parse(value.GetRawText());
        return (root, JsonSerializer.SerializeToElement(node));
    }

    private static void ValidateVariables(IReadOnlyDictionary<string, JsonElement>? values)
    {
        if (values is null) return;
        foreach (var (name, value) in values)
        {
            if (string.IsNullOrWhiteSpace(name) || value.ValueKind == JsonValueKind.Undefined)
                throw new EngineException(EngineErrorCode.InvalidVariables, $"Variable '{name}' has no name or no value.");
        }
    }
}
