using Oa.Feel.Evaluation;

namespace Oa.Feel.Builtins;

// DMN 1.4 table 78 range functions. A point is treated as the degenerate range [p..p], which makes
// every point/range overload of the spec a special case of the range/range formula.
internal static partial class BuiltinRegistry
{
    private sealed class IncomparableException : Exception;

    private static void AddRanges(Adder add)
    {
        void Both(string name, Func<FeelRange, FeelRange, bool> rule)
        {
            object? Body(EvalContext c, object?[] a)
            {
                if (a[0] is null || a[1] is null) return null;
                try { return rule(AsRange(a[0]!), AsRange(a[1]!)); }
                catch (IncomparableException) { return Invalid; }
            }
            foreach (var names in new[] { new[] { "range1", "range2" }, ["point1", "point2"], ["point", "range"], ["range", "point"] })
                add(name, names, Body);
        }

        Both("before", (a, b) => Lt(a.End, b.Start) || Eq(a.End, b.Start) && !(a.EndIncluded && b.StartIncluded));
        Both("after", (a, b) => Lt(b.End, a.Start) || Eq(b.End, a.Start) && !(b.EndIncluded && a.StartIncluded));
        Both("meets", (a, b) => a.EndIncluded && b.StartIncluded && Eq(a.End, b.Start));
        Both("met by", (a, b) => b.EndIncluded && a.StartIncluded && Eq(b.End, a.Start));
        Both("overlaps", Overlaps);
        Both("overlaps before", OverlapsBefore);
        Both("overlaps after", (a, b) => OverlapsBefore(b, a));
        Both("finishes", Finishes);
        Both("finished by", (a, b) => Finishes(b, a));
        Both("includes", Includes);
        Both("during", (a, b) => Includes(b, a));
        Both("starts", Starts);
        Both("started by", (a, b) => Starts(b, a));
        Both("coincides", (a, b) => Eq(a.Start, b.Start) && a.StartIncluded == b.StartIncluded && Eq(a.End, b.End) && a.EndIncluded == b.EndIncluded);
    }

    private static FeelRange AsRange(object v) => v as FeelRange ?? new FeelRange(v, true, v, true);

    private static int Cmp(object? a, object? b) =>
        a is not null && b is not null && Comparison.Compare(a, b) is int c ? c : throw new IncomparableException();

    private static bool Lt(object? a, object? b) => Cmp(a, b) < 0;
    private static bool Eq(object? a, object? b) => Cmp(a, b) == 0;

    private static bool Overlaps(FeelRange a, FeelRange b) =>
        (Cmp(a.End, b.Start) > 0 || Eq(a.End, b.Start) && a.EndIncluded && b.StartIncluded)
        && (Lt(a.Start, b.End) || Eq(a.Start, b.End) && a.StartIncluded && b.EndIncluded);

    private static bool OverlapsBefore(FeelRange a, FeelRange b) =>
        (Lt(a.Start, b.Start) || Eq(a.Start, b.Start) && a.StartIncluded && !b.StartIncluded)
        && (Cmp(a.End, b.Start) > 0 || Eq(a.End, b.Start) && a.EndIncluded && b.StartIncluded)
        && (Lt(a.End, b.End) || Eq(a.End, b.End) && (!a.EndIncluded || b.EndIncluded));

    private static bool Finishes(FeelRange a, FeelRange b) =>
        a.EndIncluded == b.EndIncluded && Eq(a.End, b.End)
        && (Cmp(a.Start, b.Start) > 0 || Eq(a.Start, b.Start) && (!a.StartIncluded || b.StartIncluded));

    private static bool Includes(FeelRange a, FeelRange b) =>
        (Lt(a.Start, b.Start) || Eq(a.Start, b.Start) && (a.StartIncluded || !b.StartIncluded))
        && (Cmp(a.End, b.End) > 0 || Eq(a.End, b.End) && (a.EndIncluded || !b.EndIncluded));

    private static bool Starts(FeelRange a, FeelRange b) =>
        Eq(a.Start, b.Start) && a.StartIncluded == b.StartIncluded
        && (Lt(a.End, b.End) || Eq(a.End, b.End) && (!a.EndIncluded || b.EndIncluded));
}
