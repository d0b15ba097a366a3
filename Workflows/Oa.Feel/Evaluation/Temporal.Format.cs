using System.Globalization;
using System.Text;

namespace Oa.Feel;

internal static partial class Temporal
{
    public static string FormatOffset(TimeSpan o) =>
        o == TimeSpan.Zero ? "Z" : (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);

    public static string FormatLocal(DateTime dt) =>
        dt.ToString(dt.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    public static string FormatDate(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatDuration(TimeSpan t)
    {
        if (t == TimeSpan.Zero) return "PT0S";
        var sb = new StringBuilder();
        if (t < TimeSpan.Zero) { sb.Append('-'); t = t.Duration(); }
        sb.Append('P');
        if (t.Days > 0) sb.Append(t.Days).Append('D');
        if (t.Hours > 0 || t.Minutes > 0 || t.Seconds > 0 || t.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            sb.Append('T');
            if (t.Hours > 0) sb.Append(t.Hours).Append('H');
            if (t.Minutes > 0) sb.Append(t.Minutes).Append('M');
            var secs = t.Seconds + (decimal)(t.Ticks % TimeSpan.TicksPerSecond) / TimeSpan.TicksPerSecond;
            if (secs > 0) sb.Append(FormatNumber(secs)).Append('S');
        }
        return sb.ToString();
    }

    // Canonical number text: invariant, no exponent, no trailing zeros ("1.50" -> "1.5").
    public static string FormatNumber(decimal d) => d.ToString("0.############################", CultureInfo.InvariantCulture);

    // The text that string(x) gives.
    public static string ToFeelString(object? v) => v switch
    {
        null => "null",
        string s => s,
        decimal d => FormatNumber(d),
        bool b => b ? "true" : "false",
        DateOnly d => FormatDate(d),
        DateTime dt => FormatLocal(dt),
        DateTimeOffset o => FormatLocal(o.DateTime) + FormatOffset(o.Offset),
        TimeSpan t => FormatDuration(t),
        List<object?> l => "[" + string.Join(", ", l.Select(Quoted)) + "]",
        Dictionary<string, object?> c => "{" + string.Join(", ", c.Select(kv => kv.Key + ": " + Quoted(kv.Value))) + "}",
        _ => v.ToString() ?? "",
    };

    private static string Quoted(object? v)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return v is string s ? "\"" + s + "\"" : ToFeelString(v);
    }
}
