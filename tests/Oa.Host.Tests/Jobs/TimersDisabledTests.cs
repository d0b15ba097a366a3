using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Tests.Workflow;
using Quartz;

namespace Oa.Host.Tests.Jobs;

/// <summary>Timers:Enabled=false keeps the scheduler running but schedules no timer sweep (tests fire timers themselves).</summary>
public sealed class TimersDisabledTests(FakeClockFactory factory) : IClassFixture<FakeClockFactory>
{
    [Fact]
    public async Task TimersDisabled_SweepNotScheduled_SchedulerStillRuns()
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.Equal(SchedulerStatus.Running, scheduler.Status);
        // Other jobs (the monthly attendance close) keep their triggers; only the timer sweep is off.
        Assert.DoesNotContain("fire-due-timers", await SchedulerTests<FakeClockFactory>.QueryAsync(factory, "SELECT trigger_name FROM QRTZ_TRIGGERS"));
        Assert.DoesNotContain("fire-due-timers", await SchedulerTests<FakeClockFactory>.QueryAsync(factory, "SELECT job_name FROM QRTZ_JOB_DETAILS"));
    }
}
