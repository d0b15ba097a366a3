using System.Globalization;
using System.Text.RegularExpressions;
using Oa.Workflows.Model;

namespace Oa.Workflows.Runtime;

// Timer values per BPMN/Camunda 8: timeDate (ISO date-time), timeDuration (PnYnMnDTnHnMnS / PnW),
// timeCycle (R[n]/[start/]duration). Calendar units are added as calendar units.
public static partial class Iso8601
{
    [GeneratedRegex(@"^P(?:(?<w>\d+)W|(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+(?:[.,]\d+)?)S)?)?)$")]
    private static partial Regex DurationPattern();

    public static bool TryParseDuration(string text, out IsoDuration duration)
    {
        duration = default;
        var m = DurationPattern().Match(text.Trim());
        if (!m.Success || text.Trim() is "P" or "PT" || text.TrimEnd().EndsWith('T')) return false;
        int Part(string g) => m.Groups[g].Success ? int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = m.Groups["s"].Success ? double.Parse(m.Groups["s"].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0;
        duration = new IsoDuration(Part("y"), Part("mo"), Part("w") * 7 + Part("d"),
            new TimeSpan(Part("h"), Part("mi"), 0) + TimeSpan.FromSeconds(seconds));
        return true;
    }

    public static bool TryParseDate(string text, out DateTimeOffset date) =>
        DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);

    // Cycle "R3/PT1H" → first due now+1h, interval "PT1H", 2 repeats left after the first firing.
    public static bool TryScheduleTimer(TimerKind kind, string text, DateTimeOffset now,
        out DateTimeOffset due, out string? cycle, out int? repeatsLeft, out string? error)
    {
        due = default;
        cycle = null;
        repeatsLeft = null;
        error = null;
        switch (kind)
        {
            case TimerKind.Date when TryParseDate(text, out due):
                return true;
            case TimerKind.Duration when TryParseDuration(text, out var d):
                due = d.AddTo(now);
                return true;
            case TimerKind.Cycle:
                var parts = text.Trim().Split('/');
                if (parts.Length is 2 or 3 && parts[0].StartsWith('R')
                    && (parts[0].Length == 1 || int.TryParse(parts[0][1..], NumberStyles.None, CultureInfo.InvariantCulture, out _))
                    && TryParseDuration(parts[^1], out var interval))
                {
                    var start = now;
                    if (parts.Length == 3 && !TryParseDate(parts[1], out start)) break;
                    due = parts.Length == 3 ? start : interval.AddTo(start);
                    cycle = parts[^1];
                    repeatsLeft = parts[0].Length == 1 ? null : Math.Max(0, int.Parse(parts[0][1..], CultureInfo.InvariantCulture) - 1);
                    return true;
                }
                break;
        }
        error = $"'{text}' is not a valid ISO-8601 time {kind.ToString().ToLowerInvariant()}";
        return false;
    }
}
