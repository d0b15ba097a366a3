using System.Globalization;
using MiniExcelLibs;

namespace Oa.Host.Features.Attendance.Import;

/// <summary>Reads an .xlsx or .csv export into header-keyed rows, and the cell values into dates and times.</summary>
public static class PunchFile
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static async Task<List<IDictionary<string, object?>>> ReadAsync(Stream stream, string fileName, CancellationToken ct)
    {
        var type = fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ExcelType.CSV : ExcelType.XLSX;
        var rows = await stream.QueryAsync(useHeaderRow: true, excelType: type, cancellationToken: ct);
        return [.. rows.Cast<IDictionary<string, object?>>()];
    }

    public static bool IsSupported(string fileName) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    private static readonly string[] DateTimeFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/M/d HH:mm:ss", "yyyy/M/d H:mm:ss", "yyyy/M/d HH:mm", "yyyy/M/d H:mm", "yyyy-M-d H:mm:ss", "yyyy-M-d H:mm", "yyyy.M.d H:mm"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd"];
    private static readonly string[] TimeFormats = ["HH:mm:ss", "H:mm:ss", "HH:mm", "H:mm"];

    public static DateTime? DateTimeOf(object? cell) => cell switch
    {
        DateTime dt => dt,
        double d when d > 1 => DateTime.FromOADate(d),
        string s when DateTime.TryParseExact(s.Trim(), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) => dt,
        _ => null,
    };

    public static DateOnly? DateOf(object? cell) => cell switch
    {
        DateTime dt => DateOnly.FromDateTime(dt),
        double d when d > 1 => DateOnly.FromDateTime(DateTime.FromOADate(d)),
        // WeCom writes "2026/05/06 星期三": the weekday after the date is dropped.
        string s when DateOnly.TryParseExact(s.Trim().Split(' ')[0], DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => null,
    };

    public static TimeOnly? TimeOf(object? cell) => cell switch
    {
        DateTime dt => TimeOnly.FromDateTime(dt),
        TimeSpan ts when ts >= TimeSpan.Zero && ts < TimeSpan.FromDays(1) => TimeOnly.FromTimeSpan(ts),
        double d when d is >= 0 and < 1 => TimeOnly.FromTimeSpan(TimeSpan.FromDays(d)),
        string s when TimeOnly.TryParseExact(s.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) => t,
        _ => null,
    };
}
