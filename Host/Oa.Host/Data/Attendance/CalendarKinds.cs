using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Data.Attendance;

/// <summary>The two stored calendar kinds; a rest day is simply a weekend day that is not listed.</summary>
public static class CalendarKinds
{
    public const string Holiday = "holiday", Workday = "workday";

    public static string Of(DayKind kind) => kind == DayKind.Holiday ? Holiday : Workday;
}
