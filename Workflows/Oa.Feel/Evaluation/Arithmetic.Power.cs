namespace Oa.Feel.Evaluation;

internal static partial class Arithmetic
{
    public static object? Power(EvalContext c, object? l, object? r)
    {
        if (l is not decimal a || r is not decimal b) return l is null || r is null ? null : Mismatch(c, "**", l, r);
        try
        {
            // Integer exponents stay exact in decimal; others go through double like most FEEL engines.
            if (b == decimal.Truncate(b) && Math.Abs(b) <= 1000)
            {
                var n = (int)Math.Abs(b);
                decimal result = 1, x = a;
                while (n > 0)
                {
                    if ((n & 1) == 1) result *= x;
                    n >>= 1;
                    if (n > 0) x *= x;
                }
                if (b < 0) return result == 0 ? c.Fail("division by zero") : 1 / result;
                return result;
            }
            return Numbers.FromDouble(Math.Pow((double)a, (double)b)) ?? c.Fail("result of ** is not a finite number");
        }
        catch (OverflowException) { return c.Fail("arithmetic overflow in **"); }
    }
}
