using System.Text.RegularExpressions;

namespace Oa.Forms.Validation;

internal static partial class Formats
{
    public static bool IsEmail(string s) => s.Length <= 254 && Email().IsMatch(s);

    // Chinese mobile (optionally +86 / 0086), Chinese landline with area code, or international E.164
    // with + / 00; spaces, hyphens and parentheses are ignored. form-js's own phone pattern accepts
    // only the international form, so this is deliberately wider.
    public static bool IsPhone(string s)
    {
        if (s.Length > 40) return false;
        var digits = Separators().Replace(s, "");
        return ChineseMobile().IsMatch(digits) || ChineseLandline().IsMatch(digits) || International().IsMatch(digits);
    }

    // form-js 1.x EMAIL_PATTERN, so the server accepts exactly what the browser accepts.
    [GeneratedRegex(@"^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$")]
    private static partial Regex Email();

    [GeneratedRegex(@"[\s\-()]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:\+86|0086|86)?1[3-9][0-9]{9}$")]
    private static partial Regex ChineseMobile();

    [GeneratedRegex(@"^0[1-9][0-9]{1,2}[2-9][0-9]{6,7}$")]
    private static partial Regex ChineseLandline();

    [GeneratedRegex(@"^(?:\+|00)[1-9][0-9]{6,14}$")]
    private static partial Regex International();
}
