using Oa.Feel.Evaluation;

namespace Oa.Feel.Builtins;

internal static partial class BuiltinRegistry
{
    private static void AddNumeric(Adder add)
    {
        add("decimal", ["n", "scale"], (c, a) => Round(a[0], a[1], MidpointRounding.ToEven));
        add("floor", ["n", "scale"], (c, a) => Round(a[0], Arg(a, 1) ?? 0m, MidpointRounding.ToNegativeInfinity), 1);
        add("ceiling", ["n", "scale"], (c, a) => Round(a[0], Arg(a, 1) ?? 0m, MidpointRounding.ToPositiveInfinity), 1);
        // DMN 1.4 gives the round functions a required scale (unlike floor and ceiling).
        add("round up", ["n", "scale"], (c, a) => RoundUp(a[0], a[1]));
        add("round down", ["n", "scale"], (c, a) => Round(a[0], a[1], MidpointRounding.ToZero));
        add("round half up", ["n", "scale"], (c, a) => Round(a[0], a[1], MidpointRounding.AwayFromZero));
        add("round half down", ["n", "scale"], (c, a) => RoundHalfDown(a[0], a[1]));
        add("abs", ["n"], (c, a) => a[0] switch
        {
            decimal d => Math.Abs(d),
            TimeSpan t => t.Duration(),
            YearsMonthsDuration y => new YearsMonthsDuration(Math.Abs(y.TotalMonths)),
            _ => Invalid,
        });
        add("modulo", ["dividend", "divisor"], (c, a) =>
            a[0] is decimal x && a[1] is decimal y ? y == 0 ? c.Fail("modulo by zero") : x - y * Math.Floor(x / y) : Invalid);
        add("sqrt", ["number"], (c, a) => a[0] is decimal d ? d < 0 ? c.Fail("sqrt of a negative number") : Sqrt(d) : Invalid);
        add("log", ["number"], (c, a) => a[0] is decimal d ? d <= 0 ? c.Fail("log of a non-positive number") : Oa.Feel.Numbers.FromDouble(Math.Log((double)d)) : Invalid);
        add("exp", ["number"], (c, a) => a[0] is decimal d ? Oa.Feel.Numbers.FromDouble(Math.Exp((double)d)) ?? c.Fail("exp overflow") : Invalid);
        add("odd", ["number"], (c, a) => Int(a[0]) is { } i ? i % 2 != 0 : Invalid);
        add("even", ["number"], (c, a) => Int(a[0]) is { } i ? i % 2 == 0 : Invalid);
        add("random number", [], (c, a) => (decimal)Random.Shared.NextDouble());
    }

    private static object? Round(object? n, object? scale, MidpointRounding mode)
    {
        if (n is not decimal d || Int(scale) is not { } s || s < -28 || s > 28) return Invalid;
        if (s >= 0) return Math.Round(d, (int)s, mode);
        var factor = Pow10(-(int)s);
        return Math.Round(d / factor, 0, mode) * factor;
    }

    private static object? RoundUp(object? n, object? scale)
    {
        if (n is not decimal d) return Invalid;
        var r = Round(Math.Abs(d), scale, MidpointRounding.ToPositiveInfinity);
        return r is decimal x ? d < 0 ? -x : x : r;
    }

    private static object? RoundHalfDown(object? n, object? scale)
    {
        if (n is not decimal d || Int(scale) is not { } s || s < 0 || s > 28) return Round(n, scale, MidpointRounding.AwayFromZero);
        var away = Math.Round(d, (int)s, MidpointRounding.AwayFromZero);
        var toward = Math.Round(d, (int)s, MidpointRounding.ToZero);
        // Exactly halfway: go toward zero; otherwise ordinary rounding.
        return Math.Abs(d - toward) == Math.Abs(away - d) ? toward : Math.Round(d, (int)s, MidpointRounding.ToEven);
    }

    private static decimal Pow10(int n)
    {
        decimal r = 1;
        for (var i = 0; i < n; i++) r *= 10;
        return r;
    }

    // Newton iteration in decimal keeps all 28 digits (Math.Sqrt has only ~16).
    private static decimal Sqrt(decimal d)
    {
        if (d == 0) return 0;
        var x = (decimal)Math.Sqrt((double)d);
        for (var i = 0; i < 6; i++)
        {
            var next = (x + d / x) / 2;
            if (next == x) break;
            x = next;
        }
        return x;
    }
}
