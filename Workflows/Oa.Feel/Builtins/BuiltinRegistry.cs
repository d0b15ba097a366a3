using Oa.Feel.Evaluation;

namespace Oa.Feel.Builtins;

internal static partial class BuiltinRegistry
{
    private static readonly Dictionary<string, BuiltinFunction> Functions = Build();

    public static BuiltinFunction? Find(string name) => Functions.GetValueOrDefault(name);


    private static Dictionary<string, BuiltinFunction> Build()
    {
        var table = new Dictionary<string, List<Overload>>(StringComparer.Ordinal);
        void Add(string name, string[] parameters, Func<EvalContext, object?[], object?> body, int? required = null, bool variadic = false)
        {
            if (!table.TryGetValue(name, out var list)) table[name] = list = [];
            list.Add(new Overload(parameters, required ?? parameters.Length, body, variadic));
        }
        AddConversion(Add);
        AddBoolean(Add);
        AddNumeric(Add);
        AddLists(Add);
        AddListsMore(Add);
        AddStrings(Add);
        AddRegex(Add);
        AddTemporal(Add);
        AddContexts(Add);
        AddRanges(Add);
        return table.ToDictionary(kv => kv.Key, kv => new BuiltinFunction(kv.Key, kv.Value), StringComparer.Ordinal);
    }

    private delegate void Adder(string name, string[] parameters, Func<EvalContext, object?[], object?> body, int? required = null, bool variadic = false);

    private static readonly object Invalid = BuiltinFunction.Invalid;

    private static object? Arg(object?[] a, int i) => i < a.Length ? a[i] : null;

    // Functions like sum(1, 2) and sum([1, 2]) take either varargs or one list.
    private static List<object?>? ListArg(object?[] a) =>
        a.Length == 1 && a[0] is List<object?> l ? l : a.Length == 1 && a[0] is null ? null : [.. a];

    private static decimal? Int(object? v) => v is decimal d && d == decimal.Truncate(d) ? d : null;
}
