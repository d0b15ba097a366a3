using System.Globalization;
using Oa.Feel.Evaluation;

namespace Oa.Feel.Builtins;

internal static partial class BuiltinRegistry
{
    private static void AddTemporal(Adder add)
    {
        add("now", [], (c, a) => c.Now);
        add("today", [], (c, a) => DateOnly.FromDateTime(c.Now.DateTime));
        add("day of week", ["date"], (c, a) => DateOf(a[0]) is { } d ? d.DayOfWeek.ToString() : Invalid);
        add("day of year", ["date"], (c, a) => DateOf(a[0]) is { } d ? (decimal)d.DayOfYear : Invalid);
        add("week of year", ["date"], (c, a) => DateOf(a[0]) is { } d ? (decimal)ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)) : Invalid);
        add("month of year", ["date"], (c, a) => DateOf(a[0]) is { } d ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month) : Invalid);
        add("last day of month", ["date"], (c, a) => DateOf(a[0]) is { } d ? new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)) : Invalid);
    }

    private static DateOnly? DateOf(object? v) => v switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        DateTimeOffset o => DateOnly.FromDateTime(o.DateTime),
        ZonedDateTime z => DateOnly.FromDateTime(z.Value.DateTime),
        _ => null,
    };
}
