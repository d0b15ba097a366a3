using System.Globalization;

namespace Oa.Feel;

internal static class Numbers
{
    // Round-trips the double's shortest text ("R"), keeping all 17 digits that a plain (decimal) cast drops.
    public static decimal? FromDouble(double d)
    {
        if (!double.IsFinite(d) || Math.Abs(d) >= 7.9e28) return null;
        return decimal.TryParse(d.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m : (decimal)d;
    }
}
