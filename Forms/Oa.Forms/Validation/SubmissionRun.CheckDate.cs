using System.Globalization;
using System.Text.RegularExpressions;
using Oa.Forms.Schema;

namespace Oa.Forms.Validation;

// form-js serialises dates as yyyy-MM-dd, times as HH:mm plus a zone suffix chosen by
// `timeSerializingFormat` (utc_offset +08:00, utc_normalized Z, no_timezone none), and datetimes
// as date + 'T' + time. Without an explicit format any of the three suffixes is accepted.
internal sealed partial class SubmissionRun
{
    private void CheckDateTime(FormComponent c, string s, string path)
    {
        var match = c.Subtype switch
        {
            DateTimeSubtype.Date => DatePattern().Match(s),
            DateTimeSubtype.Time => TimePattern().Match(s),
            _ => DateTimePattern().Match(s),
        };
        var (zh, en) = c.Subtype switch
        {
            DateTimeSubtype.Date => ("yyyy-MM-dd", "yyyy-MM-dd"),
            DateTimeSubtype.Time => ("HH:mm", "HH:mm"),
            _ => ("yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm"),
        };
        if (!match.Success || !ValidDate(match) || !ZoneAllowed(c.TimeSerializingFormat, match.Groups["zone"].Value))
        {
            errors.Add(Messages.Format(path, zh, en));
            return;
        }
        if (c.DisallowPassedDates && match.Groups["date"].Success)
        {
            var date = DateOnly.ParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (date < DateOnly.FromDateTime(ctx.Clock.GetLocalNow().DateTime)) errors.Add(Messages.PastDate(path));
        }
    }

    private static bool ValidDate(Match m) =>
        !m.Groups["date"].Success ||
        DateOnly.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool ZoneAllowed(string? format, string zone) => format switch
    {
        "no_timezone" => zone.Length == 0,
        "utc_normalized" => zone == "Z",
        "utc_offset" => zone.Length > 0,
        _ => true,
    };

    [GeneratedRegex(@"^(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?<zone>Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,3})?)?(?<zone>Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?$")]
    private static partial Regex DateTimePattern();
}
