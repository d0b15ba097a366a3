using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Jobs;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Engine;

/// <summary>oa:timeout in the host: the timers table holds the task's deadlines and the timer sweep acts on them.</summary>
public sealed class EngineTimeoutTests(FakeClockFactory factory) : IClassFixture<FakeClockFactory>
{
    [Fact]
    public async Task TimeoutPolicy_RemindsTwice_ThenAutoApprovesAsSystem_LikeAnApproval()
    {
        await factory.PublishAsync("engtimeout.bpmn");
        var applicant = await factory.ClientAsAsync("zhangsan");
        var id = await applicant.StartAsync("eng_timeout");
        var poller = factory.Services.GetRequiredService<TimerPoller>();
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
            Assert.Equal(2, await db.Timers.CountAsync(t => t.InstanceId == id && t.ElementId == "Task_Head"));
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, await poller.FireDueAsync(CancellationToken.None));
        factory.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await poller.FireDueAsync(CancellationToken.None));
        var reminded = (await applicant.InstanceAsync(id)).History("TaskReminded").ToList();
        Assert.Equal(2, reminded.Count);
        Assert.Contains("\"assignee\":\"wanglei\"", reminded[1].GetProperty("data").GetString());
        Assert.Contains("\"attempt\":2", reminded[1].GetProperty("data").GetString());
        Assert.Equal("running", (await applicant.InstanceAsync(id)).GetProperty("status").GetString());
        // Each reminder reaches the task's holder as a 超时提醒 notification.
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
            Assert.Equal(2, await db.Notifications.CountAsync(n => n.InstanceId == id && n.UserName == "wanglei" && n.Event == "timeout"));
        }

        factory.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await poller.FireDueAsync(CancellationToken.None));
        var instance = await applicant.InstanceAsync(id);
        Assert.Equal("completed", instance.GetProperty("status").GetString());
        var completed = Assert.Single(instance.History("TaskCompleted"));
        Assert.Equal("system", completed.GetProperty("userName").GetString());
        Assert.Contains("\"reason\":\"timeout\"", completed.GetProperty("data").GetString());
        Assert.Single(instance.History("TaskTimedOut"));
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
            var task = await db.Tasks.SingleAsync(t => t.InstanceId == id);
            Assert.Equal((WorkTaskStatus.Completed, "system", "approve"), (task.Status, task.CompletedBy, task.Outcome));
            Assert.False(await db.Timers.AnyAsync(t => t.InstanceId == id));
        }
    }

    [Fact]
    public async Task TimeoutPolicy_HeadApprovesFirst_NoTimerIsLeft()
    {
        await factory.PublishAsync("engtimeout.bpmn");
        var applicant = await factory.ClientAsAsync("zhangsan");
        var id = await applicant.StartAsync("eng_timeout");
        var head = await factory.ClientAsAsync("wanglei");
        Assert.True((await head.ActAsync((await head.TodoTaskAsync(id))!, "reject")).IsSuccessStatusCode);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        Assert.False(await db.Timers.AnyAsync(t => t.InstanceId == id));
        Assert.Equal("rejected", (await applicant.InstanceAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task NonInterruptingCycleTimer_FiresEachRepetition_RowMovesUnderTheSameId()
    {
        await factory.PublishAsync("engcycle.bpmn");
        var applicant = await factory.ClientAsAsync("zhangsan");
        var id = await applicant.StartAsync("eng_cycle");
        var poller = factory.Services.GetRequiredService<TimerPoller>();
        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, await poller.FireDueAsync(CancellationToken.None));
        factory.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await poller.FireDueAsync(CancellationToken.None));
        factory.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await poller.FireDueAsync(CancellationToken.None));
        var instance = await applicant.InstanceAsync(id);
        Assert.Equal(2, instance.History("TimerFired").Count());
        Assert.Equal("running", instance.GetProperty("status").GetString());
        Assert.NotNull(await applicant.TodoTaskAsync(id));
    }
}
