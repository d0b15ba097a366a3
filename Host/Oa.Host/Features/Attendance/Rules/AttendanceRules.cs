namespace Oa.Host.Features.Attendance.Rules;

// Defaults are the seed's 考勤制度 (seed 000 §5); every value is configurable per company.
// All times are wall-clock times of the company's zone (China Standard Time, UTC+8, no DST):
// punches arrive as local DateTime values and are never converted.
public sealed record AttendanceRules
{
    // 考勤周期：上月26-本月25日。
    public int CycleStartDay { get; init; } = 26;

    // 每次罚款10元，每分钟20元 — the seed literally says 20 元 per minute (not 2 元); we keep it
    // and flag it as an open question because it makes one late hour cost 1200 元.
    public decimal LatePerArrival { get; init; } = 10m;
    public decimal LatePerMinute { get; init; } = 20m;

    // 每月员工可以有3次迟到免罚和累计迟到15分钟免罚。 Read as two independent allowances per
    // cycle, consumed in date order: the first 3 late arrivals pay no per-arrival charge, and the
    // first 15 late minutes (summed over the cycle) pay no per-minute charge.
    public int FreeLateArrivals { get; init; } = 3;
    public int FreeLateMinutes { get; init; } = 15;

    // 一次忘签扣20元 — unless an approved 补卡 covers it.
    public decimal MissedPunch { get; init; } = 20m;

    // 上班早退…按照30元/分钟处罚
    public decimal EarlyPerMinute { get; init; } = 30m;

    // 旷工…按2倍日工资处罚，年度旷工累计3天，公司有权予以辞退。
    public decimal AbsenceWageMultiplier { get; init; } = 2m;
    public decimal DismissalReviewAbsenceDays { get; init; } = 3m;

    // 工作日至20：30后视为加班
    public TimeOnly WorkdayOvertimeFrom { get; init; } = new(20, 30);

    // Punches before this time belong to the previous day, so overtime past midnight is counted
    // to the day it started (no shift in the seed starts before 05:00).
    public TimeOnly DayBoundary { get; init; } = new(5, 0);

    public static AttendanceRules Default { get; } = new();
}
