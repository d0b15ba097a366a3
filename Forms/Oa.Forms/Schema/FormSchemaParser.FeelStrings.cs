using System.Text.Json.Nodes;

namespace Oa.Forms.Schema;

public static partial class FormSchemaParser
{
    // form-js treats every string property starting with '=' as FEEL — a label, a description, a text view's text —
    // not only the ones the server evaluates (hide-if, expressions, limits, compiled where they are read). A broken
    // FEEL label would publish and then fail in every applicant's browser, so whatever path publishes a form
    // (designer, import, definitions API) refuses it here. Mirrors collectFeel in ClientApp/src/form/editor.
    private static void CheckFeelStrings(JsonObject component, ComponentContext ctx)
    {
        foreach (var (name, value) in component)
            if (name != "components") FeelString(name, value, ctx);
    }

    private static void FeelString(string property, JsonNode? value, ComponentContext ctx)
    {
        switch (value)
        {
            case JsonValue when Str(value) is { } s && s.TrimStart().StartsWith('='):
                if (!ctx.Compiled.Contains(property)) Compile(s, property, ctx);
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) FeelString($"{property}[{i}]", a[i], ctx);
                break;
            case JsonObject o:
                foreach (var (name, inner) in o) FeelString($"{property}.{name}", inner, ctx);
                break;
        }
    }
}
