using System.Text.Json;
using System.Text.Json.Nodes;
using Oa.Feel;

namespace Oa.Forms.Schema;

public static partial class FormSchemaParser
{
    private static FeelExpression? CompileOptional(string? source, string property, ComponentContext ctx, bool requireEquals)
    {
        if (source is null) return null;
        if (requireEquals && !source.TrimStart().StartsWith('='))
        {
            // form-js ignores conditions without the leading '=', which would silently disable them.
            ctx.Problem($"{property} 必须是以 = 开头的 FEEL 表达式 / must be a FEEL expression starting with '='");
            return null;
        }
        return Compile(source, property, ctx);
    }

    private static FeelExpression? CompileRequired(string? source, string property, ComponentContext ctx)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            ctx.Problem($"缺少 {property} / `{property}` is required");
            return null;
        }
        return Compile(source, property, ctx);
    }

    private static FeelExpression? Compile(string source, string property, ComponentContext ctx)
    {
        ctx.Compiled.Add(property);
        var result = FeelText.Check(source);
        if (result.Success) return result.Expression;
        ctx.Problem($"{property} 的 FEEL 表达式有误 / invalid FEEL in {property} at {result.Position}: {result.Error}");
        return null;
    }

    private static string? HideSource(JsonObject obj, ComponentContext? ctx)
    {
        var conditional = obj["conditional"];
        if (conditional is null) return null;
        if (conditional is not JsonObject c)
        {
            ctx?.Problem("conditional 必须是对象 / `conditional` must be an object");
            return null;
        }
        var hide = c["hide"];
        if (hide is null) return null;
        var s = Str(hide);
        if (s is null) ctx?.Problem("conditional.hide 必须是字符串 / `conditional.hide` must be a string");
        return string.IsNullOrWhiteSpace(s) ? null : s;
    }

    private static bool ReadOnlyFlag(JsonNode? node, ComponentContext ctx)
    {
        if (node is null) return false;
        if (Str(node) is { } s)
        {
            // FEEL readonly is decided in the browser; validate it, but treat the field as editable here.
            if (s.TrimStart().StartsWith('=')) Compile(s, "readonly", ctx);
            return false;
        }
        return Bool(node);
    }

    private static FormLimit? Limit(JsonNode? node, string property, ComponentContext ctx)
    {
        if (node is null) return null;
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Null) return null;
        if (Str(node) is { } s)
        {
            if (s.Length == 0) return null;
            if (s.TrimStart().StartsWith('='))
                return Compile(s, "validate." + property, ctx) is { } e ? new FormLimit(null, e, s) : null;
        }
        if (Dec(node) is { } d) return FormLimit.Of(d);
        ctx.Problem($"validate.{property} 必须是数字或 FEEL 表达式 / must be a number or a FEEL expression");
        return null;
    }
}
