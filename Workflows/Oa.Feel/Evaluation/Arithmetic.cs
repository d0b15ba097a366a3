namespace Oa.Feel.Evaluation;

// DMN 1.4 10.3.2.3 arithmetic over numbers, strings (+ only) and temporal values; anything else is null.
internal static partial class Arithmetic
{
    public static object? Add(EvalContext c, object? l, object? r)
    {
        if (l is null || r is null) return null;
        try
        {
            return (l, r) switch
            {
                (decimal a, decimal b) => a + b,
                (string a, string b) => Concat(c, a, b),
                (TimeSpan a, TimeSpan b) => a + b,
                (YearsMonthsDuration a, YearsMonthsDuration b) => new YearsMonthsDuration(checked(a.TotalMonths + b.TotalMonths)),
                (_, TimeSpan or YearsMonthsDuration) when Temporal.IsTemporalPoint(l) => Temporal.AddDuration(l, r, 1),
                (TimeSpan or YearsMonthsDuration, _) when Temporal.IsTemporalPoint(r) => Temporal.AddDuration(r, l, 1),
                _ => Mismatch(c, "+", l, r),
            };
        }
        catch (Exception e) when (e is OverflowException or ArgumentException) { return c.Fail($"arithmetic overflow in {TypeNames.Of(l)} + {TypeNames.Of(r)}"); }
    }

    public static object? Subtract(EvalContext c, object? l, object? r)
    {
        if (l is null || r is null) return null;
        try
        {
            return (l, r) switch
            {
                (decimal a, decimal b) => a - b,
                (TimeSpan a, TimeSpan b) => a - b,
                (YearsMonthsDuration a, YearsMonthsDuration b) => new YearsMonthsDuration(checked(a.TotalMonths - b.TotalMonths)),
                (_, TimeSpan or YearsMonthsDuration) when Temporal.IsTemporalPoint(l) => Temporal.AddDuration(l, r, -1),
                _ when Temporal.IsTemporalPoint(l) && Temporal.IsTemporalPoint(r) => Temporal.Difference(l, r) ?? Mismatch(c, "-", l, r),
                _ => Mismatch(c, "-", l, r),
            };
        }
        catch (Exception e) when (e is OverflowException or ArgumentException) { return c.Fail($"arithmetic overflow in {TypeNames.Of(l)} - {TypeNames.Of(r)}"); }
    }

    public static object? Multiply(EvalContext c, object? l, object? r)
    {
        if (l is null || r is null) return null;
        try
        {
            return (l, r) switch
            {
                (decimal a, decimal b) => a * b,
                (TimeSpan a, decimal b) => Temporal.Ticks((decimal)a.Ticks * b),
                (decimal a, TimeSpan b) => Temporal.Ticks(a * b.Ticks),
                (YearsMonthsDuration a, decimal b) => new YearsMonthsDuration((int)decimal.Truncate(a.TotalMonths * b)),
                (decimal a, YearsMonthsDuration b) => new YearsMonthsDuration((int)decimal.Truncate(a * b.TotalMonths)),
                _ => Mismatch(c, "*", l, r),
            };
        }
        catch (OverflowException) { return c.Fail("arithmetic overflow in *"); }
    }

    public static object? Divide(EvalContext c, object? l, object? r)
    {
        if (l is null || r is null) return null;
        try
        {
            return (l, r) switch
            {
                (_, 0m) => c.Fail("division by zero"),
                (decimal a, decimal b) => a / b,
                (TimeSpan a, decimal b) => Temporal.Ticks(a.Ticks / b),
                (YearsMonthsDuration a, decimal b) => new YearsMonthsDuration((int)decimal.Truncate(a.TotalMonths / b)),
                (TimeSpan a, TimeSpan b) => b.Ticks == 0 ? c.Fail("division by zero") : (decimal)a.Ticks / b.Ticks,
                (YearsMonthsDuration a, YearsMonthsDuration b) => b.TotalMonths == 0 ? c.Fail("division by zero") : (decimal)a.TotalMonths / b.TotalMonths,
                _ => Mismatch(c, "/", l, r),
            };
        }
        catch (OverflowException) { return c.Fail("arithmetic overflow in /"); }
    }

    public static object? Negate(EvalContext c, object? v) => v switch
    {
        null => null,
        decimal d => -d,
        TimeSpan t => t.Ticks == long.MinValue ? c.Fail("overflow") : -t,
        YearsMonthsDuration y => new YearsMonthsDuration(-y.TotalMonths),
        _ => c.Fail($"cannot negate {TypeNames.Of(v)}"),
    };

    private static string Concat(EvalContext c, string a, string b)
    {
        c.Step((a.Length + b.Length) / 64);
        return a + b;
    }

    private static object? Mismatch(EvalContext c, string op, object l, object r) =>
        c.Fail($"cannot apply '{op}' to {TypeNames.Of(l)} and {TypeNames.Of(r)}");
}
