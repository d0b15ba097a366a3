using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Shared;

namespace Oa.Host.Features.Attendance.Schedules;

/// <summary>
/// HR's schedules: the working hours (总部, or a customer's for 驻地 staff) and who works which hours from when to when.
/// The API and the page both go through here, so both validate alike. Closed periods keep their stored results: a
/// change only affects periods closed (or re-closed) afterwards.
/// </summary>
public static partial class ScheduleBook
{
    public sealed record ScheduleInput(string? Id, string? Name, string? Customer, string? MorningStart, string? MorningEnd, string? AfternoonStart, string? AfternoonEnd);

    public sealed record SpanInput(string? UserName, string? ScheduleId, DateOnly? From, DateOnly? To);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();

    public static async Task<(ScheduleRecord? Saved, FieldErrors Errors)> SaveScheduleAsync(OaDbContext db, ScheduleInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var id = input.Id?.Trim().ToLowerInvariant() ?? "";
        if (!IdPattern().IsMatch(id)) errors.Add("id", "编号只能用小写字母、数字和连字符 (id: lower-case letters, digits and hyphens)");
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100) errors.Add("name", "名称不能为空且不超过100字 (name is required, at most 100 characters)");
        var customer = string.IsNullOrWhiteSpace(input.Customer) ? null : input.Customer.Trim();
        if (customer?.Length > 200) errors.Add("customer", "客户名称不超过200字 (customer: at most 200 characters)");
        var times = new[] { ("morningStart", input.MorningStart), ("morningEnd", input.MorningEnd), ("afternoonStart", input.AfternoonStart), ("afternoonEnd", input.AfternoonEnd) }
            .Select(t => (t.Item1, Time: ParseTime(t.Item2))).ToList();
        foreach (var (field, time) in times.Where(t => t.Time is null)) errors.Add(field, "时间格式应为 HH:mm (time must be HH:mm)");
        if (times.All(t => t.Time is not null))
        {
            var (ms, me, as_, ae) = (times[0].Time!.Value, times[1].Time!.Value, times[2].Time!.Value, times[3].Time!.Value);
            // Two segments in order with the lunch break between them: the half-day rules split the day at the break.
            if (!(ms < me && me <= as_ && as_ < ae)) errors.Add("afternoonEnd", "应满足 上午上班 < 上午下班 ≤ 下午上班 < 下午下班 (times must be in order)");
        }
        if (errors.Any) return (null, errors);

        var row = await db.Schedules.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (row is null) db.Schedules.Add(row = new ScheduleRecord { Id = id });
        row.Name = name;
        row.Customer = customer;
        (row.MorningStart, row.MorningEnd, row.AfternoonStart, row.AfternoonEnd) = (times[0].Time!.Value, times[1].Time!.Value, times[2].Time!.Value, times[3].Time!.Value);
        await db.SaveChangesAsync(ct);
        return (row, errors);
    }

    /// <summary>Null when deleted; otherwise why not (the headquarters schedule, or a schedule someone still follows).</summary>
    public static async Task<string?> DeleteScheduleAsync(OaDbContext db, string id, CancellationToken ct)
    {
        if (id == ScheduleRecord.HeadquartersId) return "总部作息不能删除 (the headquarters schedule cannot be deleted)";
        if (await db.ScheduleSpans.AnyAsync(s => s.ScheduleId == id, ct) || await db.ScheduleAssignments.AnyAsync(a => a.ScheduleId == id, ct))
            return "仍有人员使用该作息，请先删除其排班 (people still follow this schedule)";
        await db.Schedules.Where(s => s.Id == id).ExecuteDeleteAsync(ct);
        return null;
    }

    public static async Task<(ScheduleSpanRecord? Saved, FieldErrors Errors)> AddSpanAsync(OaDbContext db, SpanInput input, string by, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var user = input.UserName?.Trim() ?? "";
        if (user.Length == 0 || !await db.Users.AnyAsync(u => u.UserName == user && u.Active, ct)) errors.Add("userName", "人员不存在或已停用 (no such active user)");
        if (string.IsNullOrWhiteSpace(input.ScheduleId) || !await db.Schedules.AnyAsync(s => s.Id == input.ScheduleId, ct)) errors.Add("scheduleId", "作息不存在 (no such schedule)");
        if (input.From is null) errors.Add("from", "请填写开始日期 (from is required)");
        else if (input.To is { } to && to < input.From) errors.Add("to", "结束日期不能早于开始日期 (to must not be before from)");
        if (errors.Any) return (null, errors);

        // Overlapping stints would make the day's hours depend on an order nobody chose: refuse them.
        var from = input.From!.Value;
        var end = input.To ?? DateOnly.MaxValue;
        var mine = await db.ScheduleSpans.AsNoTracking().Where(s => s.UserName == user).ToListAsync(ct);
        if (mine.FirstOrDefault(s => s.From <= end && from <= (s.To ?? DateOnly.MaxValue)) is { } clash)
            return (null, errors.Add("from", $"与已有排班 {clash.From:yyyy-MM-dd}–{(clash.To is { } t ? t.ToString("yyyy-MM-dd") : "")} 重叠 (overlaps an existing stint)"));
        var row = new ScheduleSpanRecord { UserName = user, ScheduleId = input.ScheduleId!, From = from, To = input.To, UpdatedBy = by, UpdatedAt = clock.GetUtcNow() };
        db.ScheduleSpans.Add(row);
        await db.SaveChangesAsync(ct);
        return (row, errors);
    }

    public static async Task<bool> DeleteSpanAsync(OaDbContext db, long id, CancellationToken ct) =>
        await db.ScheduleSpans.Where(s => s.Id == id).ExecuteDeleteAsync(ct) > 0;

    private static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
