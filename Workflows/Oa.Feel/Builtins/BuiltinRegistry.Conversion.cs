using System.Globalization;
using Oa.Feel.Evaluation;

namespace Oa.Feel.Builtins;

internal static partial class BuiltinRegistry
{
    private static void AddConversion(Adder add)
    {
        add("string", ["from"], (c, a) => a[0] is null ? null : Temporal.ToFeelString(a[0]));
        add("number", ["from", "grouping separator", "decimal separator"], (c, a) => Number(a), 1);
        add("date", ["from"], (c, a) => a[0] switch
        {
            string s => (object?)Temporal.ParseDate(s) ?? Temporal.ParseDateTime(s) switch
            {
                DateTime dt => DateOnly.FromDateTime(dt),
                DateTimeOffset o => DateOnly.FromDateTime(o.DateTime),
                ZonedDateTime z => DateOnly.FromDateTime(z.Value.DateTime),
                _ => c.Fail($"invalid date \"{s}\""),
            },
            DateOnly d => d,
            DateTime dt => DateOnly.FromDateTime(dt),
            DateTimeOffset o => DateOnly.FromDateTime(o.DateTime),
            ZonedDateTime z => DateOnly.FromDateTime(z.Value.DateTime),
            null => null,
            _ => Invalid,
        });
        add("date", ["year", "month", "day"], (c, a) =>
            Int(a[0]) is { } y && Int(a[1]) is { } m && Int(a[2]) is { } d && y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth((int)y, (int)m)
                ? new DateOnly((int)y, (int)m, (int)d) : Invalid);
        add("time", ["from"], (c, a) => a[0] switch
        {
            string s => (object?)Temporal.ParseTime(s) ?? c.Fail($"invalid time \"{s}\""),
            FeelTime t => t,
            DateTime dt => new FeelTime(TimeOnly.FromDateTime(dt)),
            DateTimeOffset o => new FeelTime(TimeOnly.FromDateTime(o.DateTime), o.Offset),
            ZonedDateTime z => new FeelTime(TimeOnly.FromDateTime(z.Value.DateTime), z.Value.Offset, z.Zone),
            DateOnly => new FeelTime(TimeOnly.MinValue, TimeSpan.Zero),
            null => null,
            _ => Invalid,
        });
        add("time", ["hour", "minute", "second", "offset"], (c, a) =>
        {
            if (Int(a[0]) is not { } h || Int(a[1]) is not { } m || a[2] is not decimal s || h is < 0 or > 23 || m is < 0 or > 59 || s is < 0 or >= 60) return Invalid;
            var t = new TimeOnly((int)h, (int)m).Add(Temporal.Ticks(s * TimeSpan.TicksPerSecond));
            return Arg(a, 3) switch { null => new FeelTime(t), TimeSpan o => new FeelTime(t, o), _ => Invalid };
        }, 3);
        add("date and time", ["from"], (c, a) => a[0] switch
        {
            string s => Temporal.ParseDateTime(s) ?? c.Fail($"invalid date and time \"{s}\""),
            DateOnly d => d.ToDateTime(TimeOnly.MinValue),
            DateTime or DateTimeOffset or ZonedDateTime => a[0],
            null => null,
            _ => Invalid,
        });
        add("date and time", ["date", "time"], (c, a) => DateAndTime(a[0], a[1]));
        add("date and time", ["date", "timezone"], (c, a) => a[1] is string zone && Temporal.IsDateTime(a[0])
            ? Temporal.Instant(a[0]!) is { } i ? Temporal.InZone(i, zone) : Temporal.Zone((DateTime)a[0]!, zone)
            : Invalid);
        add("duration", ["from"], (c, a) => a[0] is string s ? Temporal.ParseDuration(s) ?? c.Fail($"invalid duration \"{s}\"") : a[0] is null ? null : Invalid);
        add("years and months duration", ["from", "to"], (c, a) => MonthsBetween(a[0], a[1]) is int m ? new YearsMonthsDuration(m) : Invalid);
    }

    private static object? Number(object?[] a)
    {
        if (a[0] is decimal d) return d;
        if (a[0] is not string s) return a[0] is null ? null : Invalid;
        if (Arg(a, 1) is string g) s = s.Replace(g, "");
        if (Arg(a, 2) is string sep) s = s.Replace(sep, ".");
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static object? DateAndTime(object? date, object? time)
    {
        var d = date switch
        {
            DateOnly x => x,
            DateTime x => DateOnly.FromDateTime(x),
            DateTimeOffset x => DateOnly.FromDateTime(x.DateTime),
            ZonedDateTime x => DateOnly.FromDateTime(x.Value.DateTime),
            _ => (DateOnly?)null,
        };
        if (d is null || time is not FeelTime t) return Invalid;
        var local = d.Value.ToDateTime(t.Time);
        if (t.Zone is not null) return Temporal.Zone(local, t.Zone);
        return t.Offset is { } o ? new DateTimeOffset(local, o) : (object)local;
    }

    private static int? MonthsBetween(object? from, object? to)
    {
        static DateTime? Local(object? v) => v switch
        {
            DateOnly d => d.ToDateTime(TimeOnly.MinValue),
            DateTime dt => dt,
            DateTimeOffset o => o.UtcDateTime,
            ZonedDateTime z => z.Value.UtcDateTime,
            _ => null,
        };
        if (Local(from) is not { } f || Local(to) is not { } t) return null;
        var months = (t.Year - f.Year) * 12 + t.Month - f.Month;
        // Only whole months count: 2024-01-31 to 2024-02-29 is 0 months.
        if (months > 0 && f.AddMonths(months) > t) months--;
        else if (months < 0 && f.AddMonths(months) < t) months++;
        return months;
    }
}
