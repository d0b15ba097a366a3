using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Features.Attendance.Import;

/// <summary>
/// 年度日历导入: a sheet of 日期 | 类型 (放假/上班) | 名称 becomes that year's listed days. Preview compares it with what
/// is stored; apply makes the stored year equal to the file, touching only rows that differ, so importing the same
/// file twice changes nothing the second time. A file with any bad row is refused whole.
/// </summary>
public static class CalendarImport
{
    public sealed record Day(DateOnly Date, string Kind, string Name);
    public sealed record RowError(int Row, string Reason);
    public sealed record Preview(int Year, IReadOnlyList<Day> Days, IReadOnlyList<RowError> Errors, int Added, int Changed, int Removed, int Unchanged);

    private static readonly string[] DateHeaders = ["日期", "date"], KindHeaders = ["类型", "kind", "type"], NameHeaders = ["名称", "name"];

    /// <summary>The file's days, or the reasons per spreadsheet row (row 1 is the header).</summary>
    public static async Task<(List<Day> Days, List<RowError> Errors)> ReadAsync(Stream stream, string fileName, int year, CancellationToken ct)
    {
        var rows = await PunchFile.ReadAsync(stream, fileName, ct);
        var days = new Dictionary<DateOnly, Day>();
        var errors = new List<RowError>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rowNo = i + 2;
            var cells = rows[i];
            if (cells.Values.All(v => string.IsNullOrWhiteSpace(v?.ToString()))) continue;
            var date = PunchFile.DateOf(Cell(cells, DateHeaders));
            var kind = AttendanceCalendarApi.KindOf(Cell(cells, KindHeaders)?.ToString());
            var name = Cell(cells, NameHeaders)?.ToString()?.Trim() ?? "";
            if (date is null) { errors.Add(new(rowNo, "日期无效 (bad date)")); continue; }
            if (date.Value.Year != year) { errors.Add(new(rowNo, $"不在 {year} 年 (not in {year})")); continue; }
            if (kind is null) { errors.Add(new(rowNo, "类型应为 放假 或 上班 (kind must be 放假/holiday or 上班/workday)")); continue; }
            var day = new Day(date.Value, kind, name.Length > 64 ? name[..64] : name.Length > 0 ? name : kind == CalendarKinds.Holiday ? "假日" : "调休上班");
            if (days.TryGetValue(date.Value, out var seen) && seen.Kind != kind) { errors.Add(new(rowNo, $"{date:yyyy-MM-dd} 重复且类型矛盾 (listed twice with different kinds)")); continue; }
            days[date.Value] = day;
        }
        if (rows.Count > 0 && !rows[0].Keys.Any(k => DateHeaders.Contains(k.Trim(), StringComparer.OrdinalIgnoreCase)))
            errors.Insert(0, new(1, "缺少“日期”列 (no 日期/date column)"));
        return ([.. days.Values.OrderBy(d => d.Date)], errors);
    }

    /// <summary>The shipped 2026 schedule (国务院办公厅 2026 放假安排), as a file would give it.</summary>
    public static List<Day> Builtin2026() => [.. ChinaHolidays2026.Days().Select(d => new Day(d.Date, CalendarKinds.Of(d.Kind), d.Name))];

    public static async Task<Preview> CompareAsync(OaDbContext db, int year, IReadOnlyList<Day> days, IReadOnlyList<RowError> errors, CancellationToken ct)
    {
        var stored = await StoredAsync(db, year, ct);
        var wanted = days.ToDictionary(d => d.Date);
        var added = days.Count(d => !stored.ContainsKey(d.Date));
        var changed = days.Count(d => stored.TryGetValue(d.Date, out var s) && (s.Kind != d.Kind || s.Name != d.Name));
        var removed = stored.Keys.Count(d => !wanted.ContainsKey(d));
        return new Preview(year, days, errors, added, changed, removed, days.Count - added - changed);
    }

    /// <summary>Makes the stored year equal to <paramref name="days"/> in one transaction; returns the preview of what it did.</summary>
    public static async Task<Preview> ApplyAsync(OaDbContext db, int year, IReadOnlyList<Day> days, string user, TimeProvider clock, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var preview = await CompareAsync(db, year, days, [], ct);
        var stored = await db.CalendarDays.Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31)).ToDictionaryAsync(d => d.Date, ct);
        var wanted = days.ToDictionary(d => d.Date);
        db.CalendarDays.RemoveRange(stored.Values.Where(s => !wanted.ContainsKey(s.Date)));
        foreach (var d in days)
        {
            if (stored.TryGetValue(d.Date, out var row) && row.Kind == d.Kind && row.Name == d.Name) continue;
            if (row is null) db.CalendarDays.Add(row = new CalendarDayRecord { Date = d.Date });
            (row.Kind, row.Name, row.UpdatedBy, row.UpdatedAt) = (d.Kind, d.Name, user, clock.GetUtcNow());
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return preview;
    }

    private static async Task<Dictionary<DateOnly, CalendarDayRecord>> StoredAsync(OaDbContext db, int year, CancellationToken ct) =>
        await db.CalendarDays.AsNoTracking().Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31)).ToDictionaryAsync(d => d.Date, ct);

    private static object? Cell(IDictionary<string, object?> row, string[] headers) =>
        row.FirstOrDefault(kv => headers.Contains(kv.Key.Trim(), StringComparer.OrdinalIgnoreCase)).Value;
}
