using Oa.Feel.Evaluation;

namespace Oa.Feel.Builtins;

internal static partial class BuiltinRegistry
{
    private static void AddBoolean(Adder add)
    {
        add("not", ["negand"], (c, a) => a[0] is bool b ? !b : null);
        add("all", ["list"], (c, a) => All(ListArg(a)), 1, true);
        add("and", ["list"], (c, a) => All(ListArg(a)), 1, true);
        add("any", ["list"], (c, a) => Any(ListArg(a)), 1, true);
        add("or", ["list"], (c, a) => Any(ListArg(a)), 1, true);
        // Camunda 8.4+: "checks if a given value is not null" (missing names and paths are null too).
        add("is defined", ["value"], (c, a) => a[0] is not null);
        add("get or else", ["value", "default"], (c, a) => a[0] ?? a[1]);
        add("assert", ["value", "condition", "cause"], (c, a) =>
            a[1] is true ? a[0] : throw new FeelAbortException(Arg(a, 2) is string cause ? cause : "assertion failed"), 2);
        add("is blank", ["string"], (c, a) => a[0] is string s ? string.IsNullOrWhiteSpace(s) : Invalid);
        // DMN 1.4 is(): same type and same value; unlike `=`, a local and an offset time are not the same.
        add("is", ["value1", "value2"], (c, a) => a[0]?.GetType() == a[1]?.GetType() && Comparison.Equal(a[0], a[1]) is true
            && !(a[0] is FeelTime x && a[1] is FeelTime y && (x.Offset != y.Offset || x.Zone != y.Zone))
            && !(a[0] is DateTimeOffset dx && a[1] is DateTimeOffset dy && dx.Offset != dy.Offset));
        add("is empty", ["list"], (c, a) => a[0] is List<object?> l ? l.Count == 0 : Invalid);
    }

    private static object? All(List<object?>? list)
    {
        if (list is null) return Invalid;
        var sawNull = false;
        foreach (var v in list)
        {
            if (v is false) return false;
            if (v is not true) sawNull = true;
        }
        return sawNull ? null : true;
    }

    private static object? Any(List<object?>? list)
    {
        if (list is null) return Invalid;
        var sawNull = false;
        foreach (var v in list)
        {
            if (v is true) return true;
            if (v is not false) sawNull = true;
        }
        return sawNull ? null : false;
    }
}
