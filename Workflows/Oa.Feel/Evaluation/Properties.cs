namespace Oa.Feel.Evaluation;

// Temporal and range properties (DMN 1.4 table 65, Camunda additions).
internal static class Properties
{
    public static bool Get(object value, string name, out object? result)
    {
        result = value switch
        {
            DateOnly d => Date(d, name),
            DateTime dt => DateTimeProp(dt, null, null, name),
            DateTimeOffset o => DateTimeProp(o.DateTime, o.Offset, null, name),
            ZonedDateTime z => DateTimeProp(z.Value.DateTime, z.Value.Offset, z.Zone, name),
            FeelTime t => Time(t.Time, t.Offset, t.Zone, name),
            TimeSpan t => name switch
            {
                "days" => (decimal)t.Days,
                "hours" => (decimal)t.Hours,
                "minutes" => (decimal)t.Minutes,
                "seconds" => (decimal)t.Seconds,
                _ => Missing,
            },
            YearsMonthsDuration y => name switch { "years" => (decimal)y.Years, "months" => (decimal)y.Months, _ => Missing },
            FeelRange r => name switch
            {
                "start" => r.Start,
                "end" => r.End,
                "start included" => r.StartIncluded,
                "end included" => r.EndIncluded,
                _ => Missing,
            },
            _ => Missing,
        };
        if (ReferenceEquals(result, Missing)) { result = null; return false; }
        return true;
    }

    private static readonly object Missing = new();

    private static object? Date(DateOnly d, string name) => name switch
    {
        "year" => (decimal)d.Year,
        "month" => (decimal)d.Month,
        "day" => (decimal)d.Day,
        "weekday" => (decimal)(d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek),
        _ => Missing,
    };

    private static object? DateTimeProp(DateTime dt, TimeSpan? offset, string? zone, string name)
    {
        var d = Date(DateOnly.FromDateTime(dt), name);
        return ReferenceEquals(d, Missing) ? Time(TimeOnly.FromDateTime(dt), offset, zone, name) : d;
    }

    private static object? Time(TimeOnly t, TimeSpan? offset, string? zone, string name) => name switch
    {
        "hour" => (decimal)t.Hour,
        "minute" => (decimal)t.Minute,
        "second" => (decimal)t.Second + (decimal)(t.Ticks % TimeSpan.TicksPerSecond) / TimeSpan.TicksPerSecond,
        "time offset" => offset,
        "timezone" => zone,
        _ => Missing,
    };
}
