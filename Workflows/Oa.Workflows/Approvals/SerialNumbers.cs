using System.Globalization;
using System.Text.RegularExpressions;

namespace Oa.Workflows.Approvals;

// serialRule="QJ-{yyyyMMdd}-{seq:4}" → "QJ-20261201-0007". The host keeps one counter per
// (process, PeriodKey) and increments it in the same transaction that starts the instance.
public static partial class SerialNumbers
{
    public static string Format(string rule, DateTimeOffset at, long sequence) =>
        Token().Replace(rule, m =>
        {
            var body = m.Groups[1].Value;
            if (!body.StartsWith("seq", StringComparison.Ordinal)) return at.ToString(body, CultureInfo.InvariantCulture);
            var width = body.Length > 4 && int.TryParse(body[4..], out var w) ? w : 1;
            return sequence.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
        });

    // The counter starts again when this key changes.
    public static string PeriodKey(SerialReset reset, DateTimeOffset at) => reset switch
    {
        SerialReset.Daily => at.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        SerialReset.Monthly => at.ToString("yyyyMM", CultureInfo.InvariantCulture),
        SerialReset.Yearly => at.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => "",
    };

    [GeneratedRegex(@"\{([^{}]*)\}")] private static partial Regex Token();
}
