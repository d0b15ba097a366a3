using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Oa.Feel.Evaluation;

namespace Oa.Feel.Builtins;

internal static partial class BuiltinRegistry
{
    private static readonly ConcurrentDictionary<(string, string, long), Regex?> RegexCache = new();

    private static int _regexCount;

    private static void AddRegex(Adder add)
    {
        add("matches", ["input", "pattern", "flags"], (c, a) =>
            a[0] is string s && a[1] is string p ? WithRegex(c, p, Arg(a, 2), r => r.IsMatch(s)) : Invalid, 2);
        add("replace", ["input", "pattern", "replacement", "flags"], (c, a) =>
            a[0] is string s && a[1] is string p && a[2] is string rep ? WithRegex(c, p, Arg(a, 3), r => r.Replace(s, Replacement(rep))) : Invalid, 3);
        add("split", ["string", "delimiter"], (c, a) =>
            a[0] is string s && a[1] is string p ? WithRegex(c, p, null, r => r.Split(s).Select(x => (object?)x).ToList()) : Invalid);
        add("extract", ["string", "pattern"], (c, a) =>
            a[0] is string s && a[1] is string p ? WithRegex(c, p, null, r => r.Matches(s).Select(m => (object?)m.Value).ToList()) : Invalid);
    }

    private static object? WithRegex(EvalContext c, string pattern, object? flags, Func<Regex, object?> use)
    {
        if (flags is not null and not string) return Invalid;
        var regex = GetRegex(pattern, (string?)flags ?? "", c.Options.RegexTimeout);
        if (regex is null) return c.Fail($"invalid regular expression \"{pattern}\"");
        try { return use(regex); }
        catch (RegexMatchTimeoutException) { return c.Fail("regular expression timed out"); }
        catch (ArgumentException e) { return c.Fail(e.Message); }
    }

    // XPath flags: s (dot matches newline), m (multi-line), i (ignore case), x (ignore whitespace), q (literal).
    private static Regex? GetRegex(string pattern, string flags, TimeSpan timeout)
    {
        if (RegexCache.TryGetValue((pattern, flags, timeout.Ticks), out var hit)) return hit;
        // Count would take every lock; a rough counter bounds the cache instead.
        if (Interlocked.Increment(ref _regexCount) > 1000)
        {
            RegexCache.Clear();
            Interlocked.Exchange(ref _regexCount, 0);
        }
        return RegexCache.GetOrAdd((pattern, flags, timeout.Ticks), key =>
        {
            var options = RegexOptions.CultureInvariant;
            foreach (var f in key.Item2)
            {
                switch (f)
                {
                    case 's': options |= RegexOptions.Singleline; break;
                    case 'm': options |= RegexOptions.Multiline; break;
                    case 'i': options |= RegexOptions.IgnoreCase; break;
                    case 'x': options |= RegexOptions.IgnorePatternWhitespace; break;
                    case 'q': break;
                    default: return null;
                }
            }
            var p = key.Item2.Contains('q') ? Regex.Escape(key.Item1) : key.Item1;
            try { return new Regex(p, options, timeout); }
            catch (ArgumentException) { return null; }
        });
    }

    // XPath replacement strings escape with backslash (\$, \\); .NET uses $$.
    private static string Replacement(string xpath)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < xpath.Length; i++)
        {
            var ch = xpath[i];
            if (ch == '\\' && i + 1 < xpath.Length) { i++; sb.Append(xpath[i] == '$' ? "$$" : xpath[i].ToString()); }
            else if (ch == '$' && (i + 1 >= xpath.Length || !char.IsAsciiDigit(xpath[i + 1]))) sb.Append("$$");
            else sb.Append(ch);
        }
        return sb.ToString();
    }
}
