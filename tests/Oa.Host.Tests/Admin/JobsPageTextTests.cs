using Oa.Host.Features.Admin.Jobs;
using Oa.Host.Features.Shared;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workbench;

namespace Oa.Host.Tests.Admin;

/// <summary>The 定时任务 page names every job and its schedule in the page's language instead of the stored English key/description.</summary>
public sealed class JobsPageTextTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task EveryScheduledJob_HasAChineseNameAndDescription()
    {
        var jobs = (await (await (await factory.ClientAsAsync("admin")).GetAsync("/api/admin/jobs")).JsonAsync()).EnumerateArray()
            .Select(j => $"{j.GetProperty("group").GetString()}.{j.GetProperty("name").GetString()}").ToList();
        Assert.NotEmpty(jobs);
        Assert.Empty(jobs.Except(JobTexts.Keys));
        foreach (var key in JobTexts.Keys)
        {
            var text = JobTexts.For(key.Split('.')[0], key.Split('.')[1], "stored");
            Assert.True(UiText.HasEnglish(text.Name), text.Name);
            Assert.True(UiText.HasEnglish(text.Description), text.Description);
        }
    }

    [Fact]
    public async Task JobsPage_ShowsChineseNamesAndScheduleInWords_AndEnglishAfterTheSwitch()
    {
        var admin = await WorkbenchBrowser.SignInAsync(factory, "admin", OaFactory.AdminPassword);
        var zh = await admin.PageAsync("/Admin/Jobs");
        Assert.Contains("考勤结算", zh);
        Assert.Contains("每月 26 日 01:00（北京时间）", zh);
        Assert.Contains("每天 08:30（北京时间）", zh);
        Assert.DoesNotContain("Send queued e-mail", zh);

        await admin.PostFormAsync("/Admin/Jobs", "/Account/Language", ("culture", "en"), ("returnUrl", "/Admin/Jobs"));
        var en = await admin.PageAsync("/Admin/Jobs");
        Assert.Contains("Attendance close", en);
        Assert.Contains("monthly on day 26 at 01:00 (China time)", en);
        Assert.Contains("Sends queued e-mail and group-bot notifications, retrying failures", en);
    }

    [Theory]
    [InlineData("every 5s", "每 5 秒")]
    [InlineData("cron 0 0 9 ? * MON (Asia/Shanghai)", "每周一 09:00（北京时间）")]
    [InlineData("cron 0 30 8 * * ? (Asia/Shanghai)", "每天 08:30（北京时间）")]
    [InlineData("cron 0 0 1 26 * ? (Asia/Shanghai)", "每月 26 日 01:00（北京时间）")]
    [InlineData("cron 0 0/15 * * * ? (UTC)", "cron 0 0/15 * * * ? (UTC)")]
    [InlineData("every 15s; cron 0 0 2 * * ? (UTC)", "每 15 秒；每天 02:00（UTC）")]
    [InlineData("cron 0 30 3 ? * SUN (Etc/UTC)", "每周日 03:30（UTC）")]
    public void Schedule_IsSaidInWords_AndAnUnusualCronStaysAsItIs(string schedule, string expected) =>
        Assert.Equal(expected, JobTexts.Schedule(schedule, new UiText()));
}
