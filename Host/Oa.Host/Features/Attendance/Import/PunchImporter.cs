using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;

namespace Oa.Host.Features.Attendance.Import;

/// <summary>
/// Checks every row of an export and, on import, adds the good ones. Bad rows (unknown person, unreadable time,
/// missing cell) are reported with their line and reason and skipped. A punch already stored — from an earlier import
/// of the same file or an overlapping export — is counted as a duplicate and not added again, so re-importing is a no-op.
/// </summary>
public sealed class PunchImporter(OaDbContext db, TimeProvider clock)
{
    public sealed record Row(int Line, string? UserName, DateTime? At, string Status, string? Reason);
    public sealed record Result(int Total, int Accepted, int Duplicates, int Rejected, int Imported, IReadOnlyList<Row> Rows);

    public const string Ok = "ok", Duplicate = "duplicate", Rejected = "rejected";

    public async Task<Result> PreviewAsync(IReadOnlyList<IDictionary<string, object?>> rows, PunchLayout layout, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.Active)
            .Select(u => new { u.UserName, u.EmployeeNo, u.DisplayName }).ToListAsync(ct);
        Func<string, string[]> find = layout.UserKey switch
        {
            PunchLayout.ByEmployeeNo => key => [.. users.Where(u => u.EmployeeNo == key).Select(u => u.UserName!)],
            PunchLayout.ByDisplayName => key => [.. users.Where(u => u.DisplayName == key).Select(u => u.UserName!)],
            _ => key => [.. users.Where(u => string.Equals(u.UserName, key, StringComparison.OrdinalIgnoreCase)).Select(u => u.UserName!)],
        };

        var checkedRows = new List<Row>();
        var seen = new HashSet<(string, DateTime)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var line = i + 2; // row 1 is the header
            var row = rows[i];
            if (row.Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s)))) continue;
            var key = Cell(row, layout.UserColumn)?.ToString()?.Trim();
            if (string.IsNullOrEmpty(key)) { checkedRows.Add(new(line, null, null, Rejected, $"缺少“{layout.UserColumn}” (no {layout.UserColumn})")); continue; }
            var matches = find(key);
            if (matches.Length != 1)
            {
                checkedRows.Add(new(line, null, null, Rejected, matches.Length == 0 ? $"找不到人员“{key}” (unknown person)" : $"“{key}”对应多人 (ambiguous person)"));
                continue;
            }
            var at = At(row, layout);
            if (at is null) { checkedRows.Add(new(line, matches[0], null, Rejected, "打卡时间无法识别 (unreadable date or time)")); continue; }
            // Clocks record seconds at most; dropping finer parts makes the same punch compare equal across exports.
            var t = at.Value;
            var punch = new DateTime(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second);
            if (punch > AttendanceClock.Now(clock).AddDays(1)) { checkedRows.Add(new(line, matches[0], punch, Rejected, "打卡时间在未来 (punch in the future)")); continue; }
            checkedRows.Add(new(line, matches[0], punch, seen.Add((matches[0], punch)) ? Ok : Duplicate, null));
        }

        // Already stored: one query per person over the file's time span.
        foreach (var group in checkedRows.Where(r => r.Status == Ok).GroupBy(r => r.UserName!).ToList())
        {
            var from = group.Min(r => r.At!.Value);
            var to = group.Max(r => r.At!.Value);
            var stored = (await db.Punches.AsNoTracking().Where(p => p.UserName == group.Key && p.At >= from && p.At <= to)
                .Select(p => p.At).ToListAsync(ct)).ToHashSet();
            foreach (var r in group.Where(r => stored.Contains(r.At!.Value)))
                checkedRows[checkedRows.IndexOf(r)] = r with { Status = Duplicate, Reason = "已导入过 (already imported)" };
        }
        return Summarise(checkedRows, 0);
    }

    public async Task<Result> ImportAsync(IReadOnlyList<IDictionary<string, object?>> rows, PunchLayout layout, CancellationToken ct)
    {
        var preview = await PreviewAsync(rows, layout, ct);
        var importId = Guid.NewGuid().ToString("N");
        var now = clock.GetUtcNow();
        db.Punches.AddRange(preview.Rows.Where(r => r.Status == Ok).Select(r => new PunchRecord
        {
            UserName = r.UserName!, At = r.At!.Value, Source = layout.Name, ImportId = importId, ImportedAt = now,
        }));
        // One transaction: two HR imports of the same file at once make one fail on the unique index, not half of each.
        await db.SaveChangesAsync(ct);
        return preview with { Imported = preview.Accepted };
    }

    private static Result Summarise(List<Row> rows, int imported) => new(
        rows.Count, rows.Count(r => r.Status == Ok), rows.Count(r => r.Status == Duplicate), rows.Count(r => r.Status == Rejected), imported, rows);

    private static object? Cell(IDictionary<string, object?> row, string? column) =>
        column is not null && row.TryGetValue(column.Trim(), out var v) ? v : row.FirstOrDefault(kv => kv.Key.Trim() == column?.Trim()).Value;

    private static DateTime? At(IDictionary<string, object?> row, PunchLayout layout)
    {
        if (!string.IsNullOrWhiteSpace(layout.DateTimeColumn)) return PunchFile.DateTimeOf(Cell(row, layout.DateTimeColumn));
        var date = PunchFile.DateOf(Cell(row, layout.DateColumn));
        var time = PunchFile.TimeOf(Cell(row, layout.TimeColumn));
        return date is { } d && time is { } t ? d.ToDateTime(t) : null;
    }
}
