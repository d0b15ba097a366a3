using Oa.Feel.Evaluation;

namespace Oa.Feel.Builtins;

internal static partial class BuiltinRegistry
{
    private static void AddStrings(Adder add)
    {
        add("substring", ["string", "start position", "length"], (c, a) => Substring(a), 2);
        add("string length", ["string"], (c, a) => a[0] is string s ? (decimal)s.Length : Invalid);
        add("upper case", ["string"], (c, a) => a[0] is string s ? s.ToUpperInvariant() : Invalid);
        add("lower case", ["string"], (c, a) => a[0] is string s ? s.ToLowerInvariant() : Invalid);
        add("substring before", ["string", "match"], (c, a) =>
            a[0] is string s && a[1] is string m ? s.IndexOf(m, StringComparison.Ordinal) is var i and >= 0 ? s[..i] : "" : Invalid);
        add("substring after", ["string", "match"], (c, a) =>
            a[0] is string s && a[1] is string m ? s.IndexOf(m, StringComparison.Ordinal) is var i and >= 0 ? s[(i + m.Length)..] : "" : Invalid);
        add("contains", ["string", "match"], (c, a) => a[0] is string s && a[1] is string m ? s.Contains(m, StringComparison.Ordinal) : Invalid);
        add("starts with", ["string", "match"], (c, a) => a[0] is string s && a[1] is string m ? s.StartsWith(m, StringComparison.Ordinal) : Invalid);
        add("ends with", ["string", "match"], (c, a) => a[0] is string s && a[1] is string m ? s.EndsWith(m, StringComparison.Ordinal) : Invalid);
        add("trim", ["string"], (c, a) => a[0] is string s ? s.Trim() : Invalid);
        add("uuid", [], (c, a) => Guid.NewGuid().ToString());
        add("to base64", ["value"], (c, a) => a[0] is string s ? Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(s)) : Invalid);
        add("pad left", ["string", "length", "character"], (c, a) => Pad(a, true), 2);
        add("pad right", ["string", "length", "character"], (c, a) => Pad(a, false), 2);
    }

    private static object? Substring(object?[] a)
    {
        if (a[0] is not string s || Int(a[1]) is not { } start) return Invalid;
        var length = Arg(a, 2);
        if (length is not null && Int(length) is null && length is not decimal) return Invalid;
        // Positions are 1-based; a negative start counts from the end (DMN 1.4 table 67).
        var from = start > 0 ? start - 1 : start == 0 ? 0 : s.Length + start;
        if (from < 0) from = 0;
        if (from >= s.Length) return "";
        var count = length is decimal n ? Math.Min(Math.Max(0, decimal.Round(n)), s.Length - from) : s.Length - from;
        return s.Substring((int)from, (int)count);
    }

    private static object? Pad(object?[] a, bool left)
    {
        if (a[0] is not string s || Int(a[1]) is not { } n || n > 100_000) return Invalid;
        var ch = Arg(a, 2) is string p && p.Length == 1 ? p[0] : ' ';
        return left ? s.PadLeft((int)Math.Max(0, n), ch) : s.PadRight((int)Math.Max(0, n), ch);
    }
}
