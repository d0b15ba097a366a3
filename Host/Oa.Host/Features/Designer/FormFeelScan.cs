using System.Text.Json.Nodes;
using Oa.Feel;

namespace Oa.Host.Features.Designer;

/// <summary>
/// Every FEEL string of a form schema, checked before the designer publishes. form-js treats any string property
/// starting with '=' as FEEL (a label, a description, a text view's text, disabled …), while <c>Oa.Forms</c> compiles
/// only the ones the server evaluates (hide-if, expressions, limits). Without this scan a broken FEEL label would
/// publish and then fail in every applicant's browser. Mirrors <c>collectFeel</c> in ClientApp/src/form/editor.
/// </summary>
public static class FormFeelScan
{
    public sealed record Problem(string? ComponentId, string? Label, string Property, string Message);

    public static IReadOnlyList<Problem> Check(JsonObject schema)
    {
        var problems = new List<Problem>();
        void Component(JsonObject c)
        {
            foreach (var (name, value) in c)
                if (name != "components") Value(c, name, value);
            if (c["components"] is JsonArray children)
                foreach (var child in children.OfType<JsonObject>()) Component(child);
        }
        void Value(JsonObject c, string property, JsonNode? value)
        {
            switch (value)
            {
                case JsonValue v when v.TryGetValue<string>(out var s) && s.TrimStart().StartsWith('='):
                    if (Error(s) is { } error)
                        problems.Add(new Problem(Str(c["id"]), Str(c["label"]) ?? Str(c["key"]), property, $"{property} 的 FEEL 表达式有误 / invalid FEEL in {property}: {error}"));
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++) Value(c, $"{property}[{i}]", a[i]);
                    break;
                case JsonObject o:
                    foreach (var (name, inner) in o) Value(c, $"{property}.{name}", inner);
                    break;
            }
        }
        if (schema["components"] is JsonArray top)
            foreach (var c in top.OfType<JsonObject>()) Component(c);
        return problems;
    }

    /// <summary>The interpreter's complaint about one '='-prefixed string, or null when it compiles.</summary>
    public static string? Error(string text)
    {
        var source = text.TrimStart()[1..];
        if (string.IsNullOrWhiteSpace(source)) return "表达式为空 (empty expression)";
        try
        {
            var compiled = FeelEngine.Default.Compile(source);
            return compiled.Success ? null : $"{compiled.Error} (at {compiled.Position})";
        }
        catch (Exception ex) when (ex is not OutOfMemoryException) { return ex.Message; }
    }

    public static IReadOnlyList<DesignerProblem> AsDesignerProblems(IEnumerable<Problem> problems, string file) =>
        problems.Select(p => new DesignerProblem(file, p.ComponentId, p.Label, null, p.Message)).ToList();

    private static string? Str(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
