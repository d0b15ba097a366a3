namespace Oa.Host.Features.Attendance;

/// <summary>The company's zone for the monthly jobs: China Standard Time (UTC+8, no daylight saving).</summary>
public static class AttendanceClock
{
    public static TimeZoneInfo Zone { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var tz) ? tz : TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China Standard Time", "CST");
}
