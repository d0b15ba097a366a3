using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Jobs;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Engine;

/// <summary>Timer start events in the host: publishing schedules them in start_timers, the timer sweep starts instances.</summary>
public sealed class EngineTimerStartTests(FakeClockFactory factory) : IClassFixture<FakeClockFactory>
{
    private async Task<T> DbAsync<T>(Func<OaDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<OaDbContext>());
    }

    [Fact]
    public async Task TimerStart_Published_RowExists_FiringStartsInstances_CycleEnds()
    {
        await factory.PublishAsync("engtimerstart.bpmn");
        var poller = factory.Services.GetRequiredService<TimerPoller>();
        var published = factory.Clock.GetUtcNow();
        Assert.Equal(0, await poller.FireDueAsync(CancellationToken.None));
        var rows = await DbAsync(db => db.StartTimers.AsNoTracking().OrderBy(t => t.ProcessKey).ToListAsync());
        Assert.Equal(["eng_tstart", "eng_tstart_feel"], rows.Select(r => r.ProcessKey));
        Assert.Equal(published.AddHours(1), rows[0].DueAt);
        Assert.Equal(published.AddMinutes(30), rows[1].DueAt); // the FEEL cycle, evaluated at deploy

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(1, await poller.FireDueAsync(CancellationToken.None));
        Assert.Equal("completed", await DbAsync(db => db.ProcessInstances.Where(i => i.ProcessKey == "eng_tstart_feel").Select(i => i.Status).SingleAsync()));

        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, await poller.FireDueAsync(CancellationToken.None));
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var first = await DbAsync(db => db.ProcessInstances.Where(i => i.ProcessKey == "eng_tstart").Select(i => i.Id).SingleAsync());
        Assert.NotNull(await zhangsan.TodoTaskAsync(first));
        var history = (await (await factory.ClientAsAsync("admin")).InstanceAsync(first)).History("InstanceStarted").Single();
        Assert.Equal("system", history.GetProperty("userName").GetString());

        factory.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await poller.FireDueAsync(CancellationToken.None));
        factory.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await poller.FireDueAsync(CancellationToken.None)); // R2: used up
        Assert.Equal(2, await DbAsync(db => db.ProcessInstances.CountAsync(i => i.ProcessKey == "eng_tstart")));
        Assert.Null(await DbAsync(db => db.StartTimers.Where(t => t.ProcessKey == "eng_tstart").Select(t => t.DueAt).SingleAsync()));
    }
}
