using System.Net;
using System.Net.Http.Json;
using Oa.Host.Features.Attendance;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Attendance;

public sealed class SchedulesFactory : AttendanceFactory;

/// <summary>HR edits customer schedules and stints through /api/attendance; the attendance data then gives the person those hours on those days.</summary>
public sealed class SchedulesApiTests(SchedulesFactory factory) : IClassFixture<SchedulesFactory>
{
    private static object Hours(string ms, string me, string as_, string ae) =>
        new { name = "西安某环保局", customer = "西安某环保局", morningStart = ms, morningEnd = me, afternoonStart = as_, afternoonEnd = ae };

    [Fact]
    public async Task HrAddsCustomerScheduleAndStint_EvaluationUsesItOnThoseDaysOnly()
    {
        var hr = await factory.ClientAsAsync("wujing");
        var put = await hr.PutAsJsonAsync("/api/attendance/schedules/site-xa", Hours("08:30", "12:00", "14:00", "17:30"));
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        var post = await hr.PostAsJsonAsync("/api/attendance/schedule-spans", new { userName = "zhoumin", scheduleId = "site-xa", from = "2026-05-11", to = "2026-05-15" });
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);

        var employees = await factory.WithDbAsync(db => AttendanceData.EmployeesAsync(db, CancellationToken.None));
        var zhoumin = employees.Single(e => e.Employee.Id == "zhoumin").Employee;
        Assert.Equal(new TimeOnly(8, 30), zhoumin.ScheduleOn(new(2026, 5, 12)).MorningStart);
        Assert.Equal(new TimeOnly(9, 0), zhoumin.ScheduleOn(new(2026, 5, 18)).MorningStart);

        // The schedule is in use: it cannot be deleted until the stint is.
        Assert.Equal(HttpStatusCode.Conflict, (await hr.DeleteAsync("/api/attendance/schedules/site-xa")).StatusCode);
        var spanId = (await post.JsonAsync()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await hr.DeleteAsync($"/api/attendance/schedule-spans/{spanId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await hr.DeleteAsync("/api/attendance/schedules/site-xa")).StatusCode);
    }

    [Fact]
    public async Task BadInput_Is400WithFieldErrors_OverlapRefused_NonHr403()
    {
        var hr = await factory.ClientAsAsync("wujing");
        var bad = await hr.PutAsJsonAsync("/api/attendance/schedules/Bad%20Id", Hours("12:00", "09:00", "13:00", "nope"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("id", out _));
        Assert.True(errors.TryGetProperty("afternoonEnd", out _));

        Assert.True((await hr.PutAsJsonAsync("/api/attendance/schedules/site-sx", Hours("08:00", "12:00", "14:30", "18:00"))).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Created, (await hr.PostAsJsonAsync("/api/attendance/schedule-spans", new { userName = "lisi", scheduleId = "site-sx", from = "2026-06-01" })).StatusCode);
        var overlap = await hr.PostAsJsonAsync("/api/attendance/schedule-spans", new { userName = "lisi", scheduleId = "hq", from = "2026-07-01", to = "2026-07-31" });
        Assert.Equal(HttpStatusCode.BadRequest, overlap.StatusCode);
        var nobody = await hr.PostAsJsonAsync("/api/attendance/schedule-spans", new { userName = "nobody", scheduleId = "nope", from = "2026-06-10", to = "2026-06-01" });
        var nobodyErrors = (await nobody.JsonAsync()).GetProperty("errors");
        Assert.True(nobodyErrors.TryGetProperty("userName", out _) && nobodyErrors.TryGetProperty("scheduleId", out _) && nobodyErrors.TryGetProperty("to", out _));
        Assert.Equal(HttpStatusCode.Conflict, (await hr.DeleteAsync("/api/attendance/schedules/hq")).StatusCode);

        var staff = await factory.ClientAsAsync("lisi");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/attendance/schedules")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/attendance/schedule-spans", new { userName = "lisi", scheduleId = "hq", from = "2026-09-01" })).StatusCode);
    }

    [Fact]
    public async Task SchedulesPage_ShowsSchedulesForHr()
    {
        var hr = await factory.ClientAsAsync("wujing");
        var page = await hr.GetAsync("/Attendance/Schedules");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("09:00–12:00", await page.Content.ReadAsStringAsync());
    }
}
