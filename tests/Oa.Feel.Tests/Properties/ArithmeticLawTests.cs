using FsCheck;
using FsCheck.Xunit;

namespace Oa.Feel.Tests.Properties;

// Laws that must hold for every input; numbers are built from integers and a scale so that
// decimal arithmetic stays exact (28 digits) and the laws are not broken by rounding.
public class ArithmeticLawTests
{
    private static decimal Scaled(int units, byte scale) => units / (decimal)Math.Pow(10, scale % 8);

    private static object? Eval(string expression, params (string, object?)[] vars) =>
        FeelEngine.Default.Evaluate(expression, vars.ToDictionary(v => v.Item1, v => v.Item2)).Value;

    [Property(MaxTest = 300)]
    public bool AddThenSubtract_ReturnsOriginal(int a, byte sa, int b, byte sb) =>
        Eval("a + b - b", ("a", Scaled(a, sa)), ("b", Scaled(b, sb))) is decimal r && r == Scaled(a, sa);

    [Property(MaxTest = 300)]
    public bool Addition_IsCommutative(int a, int b) => Equals(Eval("a + b", ("a", a), ("b", b)), Eval("b + a", ("a", a), ("b", b)));

    [Property(MaxTest = 300)]
    public bool Multiplication_DistributesOverAddition(short a, short b, short c) =>
        Equals(Eval("a * (b + c)", ("a", a), ("b", b), ("c", c)), Eval("a * b + a * c", ("a", a), ("b", b), ("c", c)));

    [Property(MaxTest = 300)]
    public bool Ordering_IsAntisymmetricAndTotal(int a, byte sa, int b, byte sb)
    {
        var vars = new[] { ("a", (object?)Scaled(a, sa)), ("b", (object?)Scaled(b, sb)) };
        var lt = Eval("a < b", vars) is true;
        var eq = Eval("a = b", vars) is true;
        var gt = Eval("a > b", vars) is true;
        var le = Eval("a <= b", vars) is true;
        var ge = Eval("b <= a", vars) is true;
        return (lt ? 1 : 0) + (eq ? 1 : 0) + (gt ? 1 : 0) == 1 && (!(le && ge) || eq);
    }

    [Property(MaxTest = 300)]
    public bool StringOrdering_IsAntisymmetric(NonNull<string> a, NonNull<string> b)
    {
        var le = Eval("a <= b", ("a", a.Get), ("b", b.Get)) is true;
        var ge = Eval("a >= b", ("a", a.Get), ("b", b.Get)) is true;
        return (le || ge) && (!(le && ge) || Eval("a = b", ("a", a.Get), ("b", b.Get)) is true);
    }

    [Property(MaxTest = 300)]
    public bool Concatenation_AddsLengths(NonNull<string> a, NonNull<string> b) =>
        Eval("string length(a + b) = string length(a) + string length(b)", ("a", a.Get), ("b", b.Get)) is true;

    [Property(MaxTest = 200)]
    public bool Reverse_IsAnInvolution(int[] xs) => Eval("reverse(reverse(xs)) = xs", ("xs", xs)) is true;

    [Property(MaxTest = 200)]
    public bool Sort_IsOrderedAndKeepsCount(int[] xs) =>
        xs.Length < 2
        || Eval("{s: sort(xs), ok: count(s) = count(xs) and every i in 1..count(s) - 1 satisfies s[i] <= s[i + 1]}.ok", ("xs", xs)) is true;

    [Property(MaxTest = 300)]
    public bool NumberOfString_RoundTrips(int a, byte sa) =>
        Eval("number(string(a)) = a", ("a", Scaled(a, sa))) is true;

    [Property(MaxTest = 300)]
    public bool Negation_IsItsOwnInverse(int a) => Eval("-(-a) = a", ("a", a)) is true;
}
