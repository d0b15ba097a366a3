using System.Globalization;

namespace Oa.Feel;

internal static partial class Temporal
{
    // @"..." literals: the text decides the kind.
    public static object? ParseLiteral(string s)
    {
        if (s.Length > 0 && (s[0] == 'P' || s[0] == '-' && s.Length > 1 && s[1] == 'P')) return ParseDuration(s);
        if (s.Contains('T')) return ParseDateTime(s);
        if (s.Length > 2 && s[2] == ':') return ParseTime(s);
        return ParseDate(s);
    }

    public static DateOnly? ParseDate(string s) =>
        s.Length == 10 && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static FeelTime? ParseTime(string s)
    {
        var (local, offset, zone, ok) = SplitZone(s);
        if (!ok || !TryParseLocalTime(local, out var t)) return null;
        return new FeelTime(t, offset, zone);
    }

    public static object? ParseDateTime(string s)
    {
        var tIndex = s.IndexOf('T');
        if (tIndex < 0) return ParseDate(s) is { } d ? d.ToDateTime(TimeOnly.MinValue) : null;
        if (ParseDate(s[..tIndex]) is not { } date) return null;
        var (local, offset, zone, ok) = SplitZone(s[(tIndex + 1)..]);
        if (!ok || !TryParseLocalTime(local, out var time)) return null;
        var dt = date.ToDateTime(time);
        if (zone is not null) return zone == "UTC" || zone == "Z" ? new DateTimeOffset(dt, TimeSpan.Zero) : Zone(dt, zone);
        if (offset is { } o) return new DateTimeOffset(dt, o);
        return dt;
    }

    private static bool TryParseLocalTime(string s, out TimeOnly time) =>
        TimeOnly.TryParseExact(s, ["HH:mm:ss", "HH:mm:ss.FFFFFFF", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time)
        || s == "24:00:00" && (time = TimeOnly.MinValue) == TimeOnly.MinValue;

    // Splits "10:00:00+02:00", "10:00:00Z" or "10:00:00@Europe/Paris" into parts.
    private static (string Local, TimeSpan? Offset, string? Zone, bool Ok) SplitZone(string s)
    {
        var at = s.IndexOf('@');
        if (at >= 0)
        {
            var zone = s[(at + 1)..];
            return (s[..at], null, zone, FindZone(zone) is not null);
        }
        if (s.EndsWith('Z')) return (s[..^1], TimeSpan.Zero, null, true);
        var sign = s.LastIndexOfAny(['+', '-']);
        if (sign > 0)
        {
            var text = s[(sign + 1)..];
            if (!TimeSpan.TryParseExact(text, ["hh\\:mm", "hh\\:mm\\:ss", "hhmm"], CultureInfo.InvariantCulture, out var off) || off > TimeSpan.FromHours(18))
                return (s, null, null, false);
            return (s[..sign], s[sign] == '-' ? -off : off, null, true);
        }
        return (s, null, null, true);
    }

    public static object? ParseDuration(string s)
    {
        var i = 0;
        var negative = false;
        if (i < s.Length && s[i] == '-') { negative = true; i++; }
        if (i >= s.Length || s[i] != 'P') return null;
        i++;
        decimal years = 0, months = 0, days = 0, hours = 0, minutes = 0, seconds = 0;
        bool inTime = false, any = false, ymPart = false, dtPart = false;
        while (i < s.Length)
        {
            if (s[i] == 'T') { if (inTime) return null; inTime = true; i++; continue; }
            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.')) i++;
            if (i == start || i >= s.Length) return null;
            if (!decimal.TryParse(s.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)) return null;
            var unit = s[i++];
            any = true;
            switch (inTime, unit)
            {
                case (false, 'Y'): years = n; ymPart = true; break;
                case (false, 'M'): months = n; ymPart = true; break;
                case (false, 'W'): days += n * 7; dtPart = true; break;
                case (false, 'D'): days = n; dtPart = true; break;
                case (true, 'H'): hours = n; dtPart = true; break;
                case (true, 'M'): minutes = n; dtPart = true; break;
                case (true, 'S'): seconds = n; dtPart = true; break;
                default: return null;
            }
        }
        if (!any || ymPart && dtPart) return null;
        try
        {
            if (ymPart)
            {
                var total = checked((int)(years * 12 + months));
                return new YearsMonthsDuration(negative ? -total : total);
            }
            var ticks = ((days * 24 + hours) * 60 + minutes) * 60 * TimeSpan.TicksPerSecond + seconds * TimeSpan.TicksPerSecond;
            var span = new TimeSpan(checked((long)ticks));
            return negative ? -span : span;
        }
        catch (OverflowException) { return null; }
    }
}
