using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Tests.Workflow;
using Quartz;

namespace Oa.Host.Tests.Jobs;

/// <summary>Timers:Enabled=false keeps the scheduler running but schedules no timer sweep (tests fire timers themselves);
/// other jobs (notifications, attendance, backups) are not its concern.</summary>
public sealed class TimersDisabledTests(FakeClockFactory factory) : IClassFixture<FakeClockFactory>
{
    [Fact]
    public async Task TimersDisabled_SweepNotScheduled_SchedulerStillRuns()
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.Equal(SchedulerStatus.Running, scheduler.Status);
        Assert.Empty(await SchedulerTests<FakeClockFactory>.QueryAsync(factory, "SELECT trigger_name FROM QRTZ_TRIGGERS WHERE trigger_group = 'bpmn'"));
        Assert.Empty(await SchedulerTests<FakeClockFactory>.QueryAsync(factory, "SELECT job_name FROM QRTZ_JOB_DETAILS WHERE job_group = 'bpmn'"));
    }
}
