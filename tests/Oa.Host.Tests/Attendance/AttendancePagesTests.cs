using System.Net;
using Oa.Host.Tests.Workbench;

namespace Oa.Host.Tests.Attendance;

public sealed class PagesFactory : AttendanceFactory;

/// <summary>The 考勤 pages as users see them: employees their month, HR the calendar and the close, admins the jobs.</summary>
public sealed class AttendancePagesTests(PagesFactory factory) : IClassFixture<PagesFactory>
{
    [Fact]
    public async Task Employee_SeesOwnMonth_ButNotHrPages()
    {
        await factory.AddPunchesAsync("yangfan", "2026-05-26 09:12", "2026-05-26 18:00");
        var browser = await WorkbenchBrowser.SignInAsync(factory, "yangfan");
        var html = await browser.PageAsync("/Attendance");
        Assert.Contains("我的考勤", html);
        Assert.Contains("2026-06", html); // the period that contains the fake today (05-27)
        Assert.Contains("09:12:00", html);
        Assert.Contains("href=\"/Attendance\"", html); // the 考勤 nav entry
        foreach (var page in new[] { "/Attendance/Import", "/Attendance/Calendar", "/Attendance/Periods", "/Admin/Jobs", "/Attendance?userName=wangwu" })
            Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task Hr_SetsACalendarDay_AndClosesAPeriodFromThePage()
    {
        await factory.PublishShippedAsync("attendance-exception");
        await factory.OnlyEmployeesAsync("xiaoyu");
        await factory.AddFullAttendanceAsync("xiaoyu", new(2026, 4, 26));
        var hr = await WorkbenchBrowser.SignInAsync(factory, "wujing");

        Assert.Contains("劳动节", await hr.PageAsync("/Attendance/Calendar?year=2026"));
        var set = await hr.PostFormAsync("/Attendance/Calendar", "/Attendance/Calendar?handler=Set", ("date", "2026-12-31"), ("kind", "holiday"), ("name", "公司年会"));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Contains("公司年会", await hr.PageAsync("/Attendance/Calendar?year=2026"));

        var close = await hr.PostFormAsync("/Attendance/Periods", "/Attendance/Periods", ("id", "2026-05"), ("action", "close"));
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        var page = await hr.PageAsync("/Attendance/Periods?id=2026-05");
        Assert.Contains("已结算", page);
        Assert.Contains("肖宇", page);
        Assert.Equal(HttpStatusCode.OK, (await hr.GetAsync("/api/attendance/periods/2026-05/export")).StatusCode);
    }

    [Fact]
    public async Task Admin_SeesTheJobsPage()
    {
        var admin = await Infrastructure.ApiClient.ClientAsAsync(factory, "admin"); // the admin has no demo password: bearer
        var response = await admin.GetAsync("/Admin/Jobs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("close-attendance-period", html);
        Assert.Contains("0 0 1 26 * ?", html);
    }
}
