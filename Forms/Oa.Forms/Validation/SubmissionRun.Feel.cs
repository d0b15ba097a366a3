using System.Text.Json;
using System.Text.Json.Nodes;
using Oa.Feel;
using Oa.Forms.Schema;

namespace Oa.Forms.Validation;

internal sealed partial class SubmissionRun
{
    private static readonly JsonSerializerOptions DeepJson = new() { MaxDepth = 512 };

    // Data nested beyond any real form is treated as missing rather than failing the submission.
    internal static object? ToFeel(JsonNode? node)
    {
        if (node is null) return null;
        try { return FeelValues.FromJson(JsonSerializer.SerializeToElement(node, DeepJson)); }
        catch (JsonException) { return null; }
    }

    internal static Dictionary<string, object?> ToFeelObject(JsonObject? obj) =>
        obj is not null && ToFeel(obj) is Dictionary<string, object?> d ? d : new Dictionary<string, object?>();

    internal static JsonNode? ToJson(object? value)
    {
        try { return FeelValues.ToJson(value); }
        catch (Exception ex) when (ex is not OutOfMemoryException) { return null; } // e.g. a function value
    }

    // As form-js builds it (buildExpressionContext): the root data at the top level, also inside
    // rows; `this` (the row, or the root data), `parent` (the enclosing context) and `i` (1-based
    // row indexes), each again as `_this_`/`_parent_`/`_i_`. Data keys shadow the plain names, the
    // underscore names shadow data. Process variables sit underneath everything.
    private Dictionary<string, object?> Context(RowFrame? frame)
    {
        var context = new Dictionary<string, object?>(variables, StringComparer.Ordinal);
        object? self = frame is null ? rootFeel : frame.Row;
        object? parent = frame?.Parent;
        object? indexes = frame?.Indexes ?? [];
        context["this"] = self;
        context["parent"] = parent;
        context["i"] = indexes;
        foreach (var (k, v) in rootFeel) context[k] = v;
        context["_this_"] = self;
        context["_parent_"] = parent;
        context["_i_"] = indexes;
        return context;
    }

    private object? Evaluate(FeelExpression? expression, RowFrame? frame)
    {
        if (expression is null) return null;
        try
        {
            var result = FeelEngine.For(ctx.Clock).Evaluate(expression, Context(frame));
            return result.IsError ? null : result.Value; // form-js shows null for a failing expression
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    // Only a FEEL `true` hides; null (an error, a missing name) leaves the field visible, as in form-js.
    private bool IsHidden(FormComponent c, RowFrame? frame) => c.Hide is not null && Evaluate(c.Hide, frame) is true;

    private decimal? Limit(FormLimit? limit, RowFrame? frame) => limit switch
    {
        null => null,
        { Constant: { } d } => d,
        { Expression: { } e } => Evaluate(e, frame) as decimal?,
        _ => null,
    };

    // Allowed option values: static `values`, the `valuesKey` input variable, or `valuesExpression`.
    private List<object?> Options(FormComponent c, RowFrame? frame)
    {
        if (c.Values is not null) return c.Values.Select(o => ToFeel(o.Value)).ToList();
        object? source = null;
        if (c.ValuesKey is { } key)
            source = variables.TryGetValue(key, out var v) ? v : FeelData.Get(rootFeel, key.Split('.'));
        else if (c.ValuesExpression is not null)
            source = Evaluate(c.ValuesExpression, frame);
        if (source is not List<object?> list) return [];
        return list.Select(o => o is Dictionary<string, object?> d ? d.GetValueOrDefault("value") : o).ToList();
    }

    private static bool FeelEquals(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (decimal x, decimal y) => x == y,
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (bool x, bool y) => x == y,
        _ => false,
    };
}
