using Oa.Feel;

namespace Oa.Feel.Tests;

// Test helpers: evaluate and render a FEEL value as FEEL text (strings quoted) for compact assertions.
internal static class Feel
{
    public static object? Eval(string expression, object? variables = null)
    {
        var result = FeelEngine.Default.Evaluate(expression, Vars(variables));
        return result.Value;
    }

    public static string Show(string expression, object? variables = null) => Render(Eval(expression, variables));

    public static IReadOnlyDictionary<string, object?>? Vars(object? variables) => variables switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> d => d,
        _ => (Dictionary<string, object?>)FeelValues.FromDotNet(variables)!,
    };

    public static string Render(object? v) => v is string s ? "\"" + s + "\"" : Temporal.ToFeelString(v);
}
