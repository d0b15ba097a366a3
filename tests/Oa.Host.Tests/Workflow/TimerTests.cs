using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Oa.Host.Jobs;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Workflow;

/// <summary>The host on a controllable clock: timers fire when their time comes, not before, and only once.</summary>
public sealed class FakeClockFactory : OaFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Timers:Enabled", "false"); // the test fires timers itself, at the times it chooses
        builder.UseSetting("Jobs:Enabled", "false"); // service-task jobs too
        builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }
}

public sealed class TimerTests(FakeClockFactory factory) : IClassFixture<FakeClockFactory>
{
    [Fact]
    public async Task IntermediateTimer_FiresWhenDue_ThenBoundaryReminderFiresOnce()
    {
        var admin = await factory.ClientAsAsync("admin");
        (await admin.PostAsync("/api/definitions", Fixtures.Upload("hosttimer.bpmn"))).EnsureSuccessStatusCode();
        var applicant = await factory.ClientAsAsync("zhangsan");
        var started = await (await applicant.PostAsJsonAsync("/api/processes/host_timer/instances", new { })).JsonAsync();
        var id = started.GetProperty("id").GetString()!;
        var poller = factory.Services.GetRequiredService<TimerPoller>();
        var head = await factory.ClientAsAsync("wanglei");

        Assert.Equal(0, await poller.FireDueAsync(CancellationToken.None));
        Assert.Null(await head.TodoTaskAsync(id));

        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, await poller.FireDueAsync(CancellationToken.None));
        Assert.NotNull(await head.TodoTaskAsync(id));

        factory.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await poller.FireDueAsync(CancellationToken.None));
        Assert.Equal(0, await poller.FireDueAsync(CancellationToken.None));
        var instance = await (await applicant.GetAsync($"/api/instances/{id}")).JsonAsync();
        Assert.Equal(2, instance.GetProperty("history").EnumerateArray().Count(h => h.GetProperty("type").GetString() == "TimerFired"));
        Assert.Equal("running", instance.GetProperty("status").GetString()); // the reminder did not interrupt the task
        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync((await head.TodoTaskAsync(id))!, "approve")).StatusCode);
    }
}
