using System.Text.Json;
using System.Text.Json.Nodes;
using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Features.ProcessTasks;

/// <summary>
/// 请假天数 on the working calendar: workdays between the start and end date (holidays and weekends do not count, a
/// make-up workday does), minus half a day when the leave starts in the afternoon or ends at noon. Reads the shipped
/// leave form (startDate/startHalf, endDate/endHalf).
/// </summary>
public sealed record LeaveDays(string LeaveType, DateOnly Start, DateOnly End, decimal Days)
{
    public static LeaveDays? From(WorkCalendar calendar, Func<string, string?> text)
    {
        if (text("leaveType") is not { Length: > 0 } type || Date(text("startDate")) is not { } start || Date(text("endDate")) is not { } end || end < start)
            return null;
        decimal days = 0;
        for (var d = start; d <= end; d = d.AddDays(1))
            if (calendar.KindOf(d) == DayKind.Workday) days += 1;
        if (text("startHalf") == "pm" && calendar.KindOf(start) == DayKind.Workday) days -= 0.5m;
        if (text("endHalf") == "am" && calendar.KindOf(end) == DayKind.Workday) days -= 0.5m;
        return new LeaveDays(type, start, end, Math.Max(0, days));
    }

    public static LeaveDays? From(WorkCalendar calendar, IReadOnlyDictionary<string, JsonElement> variables) =>
        From(calendar, name => variables.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null);

    public static LeaveDays? From(WorkCalendar calendar, JsonObject data) =>
        From(calendar, name => data[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null);

    private static DateOnly? Date(string? s) => s is { Length: >= 10 } && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", out var d) ? d : null;
}
