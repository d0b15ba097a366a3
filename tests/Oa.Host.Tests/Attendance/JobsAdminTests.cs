using System.Net;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Attendance;

public sealed class JobsFactory : AttendanceFactory;

/// <summary>The admin jobs API (the page uses the same service): list, pause/resume, run now with its result recorded.</summary>
public sealed class JobsAdminTests(JobsFactory factory) : IClassFixture<JobsFactory>
{
    private const string Close = "/api/admin/jobs/attendance/close-attendance-period";

    [Fact]
    public async Task ClosePeriodJob_IsListedWithItsCron_PausesResumes_AndRunNowRecordsTheResult()
    {
        var admin = await factory.ClientAsAsync("admin");
        var job = await CloseJobAsync(admin);
        Assert.Contains("0 0 1 26 * ?", job.GetProperty("schedule").GetString());
        var next = job.GetProperty("nextFire").GetDateTimeOffset();
        Assert.Equal((26, 1, 0), (next.ToOffset(TimeSpan.FromHours(8)).Day, next.ToOffset(TimeSpan.FromHours(8)).Hour, next.ToOffset(TimeSpan.FromHours(8)).Minute));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"{Close}/pause", null)).StatusCode);
        Assert.True((await CloseJobAsync(admin)).GetProperty("paused").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"{Close}/resume", null)).StatusCode);
        Assert.False((await CloseJobAsync(admin)).GetProperty("paused").GetBoolean());

        // On the fake 2026-05-27 "yesterday" is 05-26, inside the 2026-06 period, which has not ended: the job says so.
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"{Close}/run", null)).StatusCode);
        string? result = null;
        for (var i = 0; i < 100 && result is null; i++)
        {
            await Task.Delay(200);
            result = await factory.WithDbAsync(db => db.JobRuns.Where(r => r.JobKey == "attendance.close-attendance-period").Select(r => r.Result).FirstOrDefaultAsync());
        }
        Assert.Equal("2026-06 尚未结束", result);
        Assert.Equal("2026-06 尚未结束", (await CloseJobAsync(admin)).GetProperty("lastResult").GetString());
    }

    [Fact]
    public async Task JobsAdmin_IsForAdminsOnly_AndUnknownJobIs404()
    {
        var hr = await factory.ClientAsAsync("wujing");
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.GetAsync("/api/admin/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.PostAsync($"{Close}/run", null)).StatusCode);
        var admin = await factory.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/admin/jobs/nope/nothing/run", null)).StatusCode);
    }

    private static async Task<System.Text.Json.JsonElement> CloseJobAsync(HttpClient admin) =>
        (await (await admin.GetAsync("/api/admin/jobs")).JsonAsync()).EnumerateArray().Single(j => j.GetProperty("name").GetString() == "close-attendance-period");
}
