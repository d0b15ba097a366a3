namespace Oa.Host.Features.Attendance;

/// <summary>The company's zone for the monthly jobs: China Standard Time (UTC+8, no daylight saving).</summary>
/// Attendance dates are company dates: a server on UTC would otherwise see the 26th 01:00 job run on the 25th.
public static class AttendanceClock
{
    public static DateTime Now(TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime;

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock));

    public static TimeZoneInfo Zone { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var tz) ? tz : TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China Standard Time", "CST");
}
