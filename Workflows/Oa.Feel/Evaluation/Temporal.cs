namespace Oa.Feel;

// Date/time semantics (DMN 1.4 10.3.2.3): local date-times (DateTime, Kind Unspecified) and
// offset/zoned date-times are different kinds; mixing them in comparisons or differences gives null.
internal static partial class Temporal
{
    public static bool IsTemporalPoint(object? v) => v is DateOnly or FeelTime || IsDateTime(v);

    public static bool IsDateTime(object? v) => v is DateTime or DateTimeOffset or ZonedDateTime;

    public static DateTimeOffset? Instant(object v) => v switch
    {
        DateTimeOffset o => o,
        ZonedDateTime z => z.Value,
        _ => null,
    };

    public static int? CompareDateTime(object l, object r)
    {
        if (l is DateTime a && r is DateTime b) return a.CompareTo(b);
        if (Instant(l) is { } x && Instant(r) is { } y) return x.CompareTo(y);
        return null;
    }

    public static int? CompareTime(FeelTime a, FeelTime b)
    {
        // A local time and a time with an offset are not comparable (like local vs offset date-times).
        if (a.Offset.HasValue != b.Offset.HasValue) return null;
        return Normalized(a).CompareTo(Normalized(b));
    }

    private static long Normalized(FeelTime t)
    {
        var ticks = t.Time.Ticks - (t.Offset?.Ticks ?? 0);
        return ((ticks % TimeSpan.TicksPerDay) + TimeSpan.TicksPerDay) % TimeSpan.TicksPerDay;
    }

    public static TimeSpan Ticks(decimal ticks) => new((long)decimal.Round(ticks));

    public static object? AddDuration(object point, object duration, int sign)
    {
        if (duration is YearsMonthsDuration ym)
        {
            var months = ym.TotalMonths * sign;
            return point switch
            {
                DateOnly d => d.AddMonths(months),
                DateTime dt => dt.AddMonths(months),
                DateTimeOffset o => o.AddMonths(months),
                ZonedDateTime z => Zone(z.Value.DateTime.AddMonths(months), z.Zone),
                _ => null,
            };
        }
        var span = sign > 0 ? (TimeSpan)duration : -(TimeSpan)duration;
        return point switch
        {
            // DMN 1.4: date + duration is computed on the date at midnight and truncated back to a date.
            DateOnly d => DateOnly.FromDateTime(d.ToDateTime(TimeOnly.MinValue).Add(span)),
            DateTime dt => dt.Add(span),
            DateTimeOffset o => o.Add(span),
            ZonedDateTime z => InZone(z.Value.Add(span), z.Zone),
            FeelTime t => t with { Time = t.Time.Add(span) },
            _ => null,
        };
    }

    public static object? Difference(object l, object r)
    {
        switch (l, r)
        {
            case (DateOnly a, DateOnly b): return TimeSpan.FromDays(a.DayNumber - b.DayNumber);
            case (DateTime a, DateTime b): return a - b;
            case (FeelTime a, FeelTime b) when a.Offset.HasValue == b.Offset.HasValue:
                return TimeSpan.FromTicks((a.Time.Ticks - (a.Offset?.Ticks ?? 0)) - (b.Time.Ticks - (b.Offset?.Ticks ?? 0)));
        }
        if (Instant(l) is { } x && Instant(r) is { } y) return x - y;
        return null;
    }

    public static object? Zone(DateTime local, string zone)
    {
        var tz = FindZone(zone);
        if (tz is null) return null;
        return new ZonedDateTime(new DateTimeOffset(local, tz.GetUtcOffset(local)), zone);
    }

    public static ZonedDateTime InZone(DateTimeOffset instant, string zone)
    {
        var tz = FindZone(zone);
        return new ZonedDateTime(tz is null ? instant : TimeZoneInfo.ConvertTime(instant, tz), zone);
    }

    public static TimeZoneInfo? FindZone(string id)
    {
        if (id is "Z" or "UTC" or "Etc/UTC") return TimeZoneInfo.Utc;
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException) { return null; }
    }
}
