using System.Net;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Tests.Workbench;

namespace Oa.Host.Tests.Attendance;

public sealed class SchedulePagesFactory : AttendanceFactory;

/// <summary>排班 and the calendar import's apply step as HR uses them in the browser (cookie sign-in, anti-forgery forms).</summary>
public sealed class SchedulePagesTests(SchedulePagesFactory factory) : IClassFixture<SchedulePagesFactory>
{
    [Fact]
    public async Task Hr_AddsACustomerScheduleAndAStint_OnThePage_AndAnOverlapIsShownNotSaved()
    {
        var hr = await WorkbenchBrowser.SignInAsync(factory, "wujing");
        var saved = await hr.PostFormAsync("/Attendance/Schedules", "/Attendance/Schedules?handler=Schedule", ("Id", "site-bj"), ("Name", "北京某局"),
            ("Customer", "北京某局"), ("MorningStart", "08:30"), ("MorningEnd", "12:00"), ("AfternoonStart", "13:30"), ("AfternoonEnd", "17:30"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stint = await hr.PostFormAsync("/Attendance/Schedules", "/Attendance/Schedules?handler=Span", ("UserName", "xiaoyu"), ("ScheduleId", "site-bj"), ("From", "2026-06-01"), ("To", ""));
        Assert.Equal(HttpStatusCode.Redirect, stint.StatusCode);

        var html = await hr.PageAsync("/Attendance/Schedules");
        Assert.Contains("08:30–12:00", html);
        Assert.Contains("肖宇", html);
        Assert.Contains("长期", html);

        var overlap = await hr.PostFormAsync("/Attendance/Schedules", "/Attendance/Schedules?handler=Span", ("UserName", "xiaoyu"), ("ScheduleId", "hq"), ("From", "2026-07-01"), ("To", "2026-07-10"));
        Assert.Equal(HttpStatusCode.OK, overlap.StatusCode);
        Assert.Contains("重叠", await overlap.Content.ReadAsStringAsync());
        Assert.Equal(1, await factory.WithDbAsync(db => db.ScheduleSpans.CountAsync(s => s.UserName == "xiaoyu")));
    }

    [Fact]
    public async Task CalendarApply_WritesThePreviewedDays_AndRefusesTamperedData()
    {
        var hr = await WorkbenchBrowser.SignInAsync(factory, "wujing");
        const string days = """[{"Date":"2029-05-01","Kind":"holiday","Name":"劳动节"},{"Date":"2029-04-28","Kind":"workday","Name":"调休"}]""";
        var apply = await hr.PostFormAsync("/Attendance/Calendar?year=2029", "/Attendance/Calendar?handler=Apply", ("year", "2029"), ("days", days));
        Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode);
        var html = await hr.PageAsync("/Attendance/Calendar?year=2029");
        Assert.Contains("劳动节", html);
        Assert.Contains("新增 2", html);

        const string otherYear = """[{"Date":"2030-01-01","Kind":"holiday","Name":"元旦"}]""";
        var tampered = await hr.PostFormAsync("/Attendance/Calendar?year=2029", "/Attendance/Calendar?handler=Apply", ("year", "2029"), ("days", otherYear));
        Assert.Equal(HttpStatusCode.OK, tampered.StatusCode);
        Assert.Contains("导入数据无效", await tampered.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.CalendarDays.AnyAsync(d => d.Date == new DateOnly(2030, 1, 1))));
    }
}
