using System.Net;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Reminders;

public sealed class ReminderJobsFactory : ReminderFactory;

/// <summary>The reminder jobs are on /Admin/Jobs with their China-time crons, and "run now" records what they sent.</summary>
public sealed class ReminderJobsTests(ReminderJobsFactory factory) : IClassFixture<ReminderJobsFactory>
{
    [Fact]
    public async Task ReminderJobs_AreListed_AndRunNowRecordsTheDaysResult_SecondRunSendsNothing()
    {
        await factory.AddLedgerRecordAsync("ca-certificates", "panlei", "作业测试证书", new()
        {
            ["certType"] = "licence", ["caName"] = "营业执照", ["holder"] = "本公司", ["issuer"] = "市场监管局", ["caSerial"] = "LIC-1",
            ["expiresOn"] = "2026-06-01", ["custodian"] = "panlei", ["loanState"] = "in",
        });
        var admin = await factory.ClientAsAsync("admin");
        var jobs = (await (await admin.GetAsync("/api/admin/jobs")).JsonAsync()).EnumerateArray().ToList();
        Assert.Contains("0 30 8 * * ?", jobs.Single(j => j.GetProperty("name").GetString() == "send-reminders").GetProperty("schedule").GetString());
        Assert.Contains("0 0 9 ? * MON", jobs.Single(j => j.GetProperty("name").GetString() == "receivables-digest").GetProperty("schedule").GetString());

        var first = await RunAsync(admin, null);
        Assert.Equal("2026-05-27: 发送 1 条，已发过跳过 0 条", first);
        Assert.Equal("2026-05-27: 发送 0 条，已发过跳过 1 条", await RunAsync(admin, first));
    }

    /// <summary>Runs the job now and waits for a recorded result other than <paramref name="previous"/> (the fake clock stands still).</summary>
    private async Task<string?> RunAsync(HttpClient admin, string? previous)
    {
        const string key = "reminders.send-reminders";
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/admin/jobs/reminders/send-reminders/run", null)).StatusCode);
        for (var i = 0; i < 100; i++)
        {
            await Task.Delay(200);
            var row = await factory.WithDbAsync(db => db.JobRuns.AsNoTracking().Where(r => r.JobKey == key).Select(r => new { r.Result, r.Error }).FirstOrDefaultAsync());
            if (row is not null && (row.Result ?? row.Error) != previous) return row.Result ?? row.Error;
        }
        return null;
    }
}
