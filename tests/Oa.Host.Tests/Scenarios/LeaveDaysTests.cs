using System.Text.Json.Nodes;
using Oa.Host.Features.Attendance.Rules;
using Oa.Host.Features.ProcessTasks;

namespace Oa.Host.Tests.Scenarios;

/// <summary>请假天数 on the working calendar, as the balance check and the deduction count them.</summary>
public sealed class LeaveDaysTests
{
    private static decimal? Days(WorkCalendar calendar, string start, string startHalf, string end, string endHalf) =>
        LeaveDays.From(calendar, new JsonObject { ["leaveType"] = "annual", ["startDate"] = start, ["startHalf"] = startHalf, ["endDate"] = end, ["endHalf"] = endHalf })?.Days;

    [Fact]
    public void HolidaysDoNotCount_AMakeUpSaturdayDoes()
    {
        // 2026-10-01…10-07 National Day (Thu…Wed), Sat 10-10 a make-up workday
        var holidays = Enumerable.Range(1, 7).Select(d => new DateOnly(2026, 10, d));
        var calendar = new WorkCalendar(holidays, [new DateOnly(2026, 10, 10)]);
        Assert.Equal(3m, Days(calendar, "2026-10-01", "am", "2026-10-10", "pm")); // Thu 8th, Fri 9th, Sat 10th
    }

    [Fact]
    public void HalfDays_ComeOffOnlyOnWorkdays()
    {
        var calendar = new WorkCalendar();
        Assert.Equal(0.5m, Days(calendar, "2026-12-07", "pm", "2026-12-07", "pm"));
        Assert.Equal(4.5m, Days(calendar, "2026-12-05", "pm", "2026-12-11", "am")); // starts on a Saturday: no half off there
    }

    [Fact]
    public void EndBeforeStart_OrMissingDates_IsNoLeave() =>
        Assert.Null(Days(new WorkCalendar(), "2026-12-09", "am", "2026-12-08", "pm"));
}
