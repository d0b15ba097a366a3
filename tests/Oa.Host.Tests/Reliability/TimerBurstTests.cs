using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Oa.Host.Jobs;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Reliability;

/// <summary>A fake clock and a batch of 2 timers, so a "burst" of a few timers needs several batches in one sweep.</summary>
public sealed class SmallTimerBatchFactory : OaFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Timers:Enabled", "false"); // the test runs the sweep itself
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Timers:BatchSize", "2");
        builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }
}

/// <summary>
/// W5: a sweep whose batch came back full reads the next batch at once, so timers due together do not wait one poll
/// interval per batch (200 per 5 s made 10,000 due timers take over 4 minutes).
/// </summary>
public sealed class TimerBurstTests(SmallTimerBatchFactory factory) : IClassFixture<SmallTimerBatchFactory>
{
    [Fact]
    public async Task FiveTimersDueTogether_BatchOfTwo_OneSweepFiresAllOnce()
    {
        var admin = await factory.ClientAsAsync("admin");
        (await admin.PostAsync("/api/definitions", Fixtures.Upload("hosttimer.bpmn"))).EnsureSuccessStatusCode();
        var applicant = await factory.ClientAsAsync("zhangsan");
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
            ids.Add((await (await applicant.PostAsJsonAsync("/api/processes/host_timer/instances", new { })).JsonAsync()).GetProperty("id").GetString()!);
        var poller = factory.Services.GetRequiredService<TimerPoller>();

        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(5, await poller.FireDueAsync(CancellationToken.None));
        Assert.Equal(0, await poller.FireDueAsync(CancellationToken.None));
        foreach (var id in ids)
        {
            var instance = await (await applicant.GetAsync($"/api/instances/{id}")).JsonAsync();
            Assert.Single(instance.GetProperty("history").EnumerateArray(), h => h.GetProperty("type").GetString() == "TimerFired");
        }
    }
}
