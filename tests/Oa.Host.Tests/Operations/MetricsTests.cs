using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Engine;
using Oa.Workflows.Ports;
using Quartz;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Operations;

public sealed class MetricsFactory : OaFactory
{
    public const string Token = "scrape-secret-0123456789";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Monitoring:MetricsToken", Token);
    }
}

/// <summary>A scheduled job that always fails, for oa_job_failures_total.</summary>
public sealed class FailingJob : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        throw new JobExecutionException("deliberate failure");
}

/// <summary>
/// Run alone: OpenTelemetry listens to every meter named "Oa" in the process and keeps the first instrument of a
/// name, so with other test hosts alive the scrape could show one of theirs. A deployed host has one per process.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "metrics";
}

[Collection(MetricsCollection.Name)]
public sealed class MetricsTests(MetricsFactory factory) : IClassFixture<MetricsFactory>
{
    private async Task<string> ScrapeAsync()
    {
        var client = factory.Anonymous();
        var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MetricsFactory.Token);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Metrics_WithTheToken_ArePrometheusText_CountingRequestsTasksAndCommands()
    {
        await factory.PublishLeaveAsync();
        var applicant = await factory.ClientAsAsync("zhangsan");
        await applicant.StartLeaveAsync(1);
        // The exporter caches a scrape briefly and our database counts refresh every 15 s: poll until they show.
        string text = "";
        for (var i = 0; i < 40 && !(text.Contains("oa_instances_started_total") && text.Contains("oa_command_duration_seconds_count")); i++)
        {
            await Task.Delay(500);
            text = await ScrapeAsync();
        }
        Assert.Contains("# TYPE oa_instances_started_total counter", text);
        Assert.Contains("oa_tasks_open", text);
        Assert.Contains("oa_tasks_overdue", text);
        Assert.Matches("oa_command_duration_seconds_count\\{[^}]*action=\"start\"[^}]*\\} [1-9]", text);
    }

    [Fact]
    public async Task Metrics_WithoutOrWithAWrongToken_Are404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().GetAsync("/metrics")).StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "wrong");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Anonymous().SendAsync(request)).StatusCode);
        // A signed-in user is not a scraper either.
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsAsync("zhangsan")).GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Metrics_TimeEngineCommands_CountLostConcurrencyRacesAndFailedJobs_AndShowQueueDepths()
    {
        await factory.PublishLeaveAsync();
        var applicant = await factory.ClientAsAsync("zhangsan");
        var id = (await applicant.StartLeaveAsync(1)).GetProperty("id").GetString()!;
        var head = await factory.ClientAsAsync("wanglei");
        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync((await head.TodoTaskAsync(id))!, "approve")).StatusCode);

        // Two saves against the same loaded version: the second loses the race, as a concurrent command would.
        var store = factory.Services.GetRequiredService<EfInstanceStore>();
        var state = (await store.LoadAsync(id))!;
        var next = state with { Version = state.Version + 1 };
        await store.SaveAsync(next, state.Version, []);
        await Assert.ThrowsAsync<ConcurrencyException>(async () => await store.SaveAsync(next, state.Version, []));

        var job = $"failing-{Guid.NewGuid():N}";
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.ScheduleJob(JobBuilder.Create<FailingJob>().WithIdentity(job, "test").Build(),
            TriggerBuilder.Create().WithIdentity(job, "test").StartNow().Build());

        string text = "";
        for (var i = 0; i < 60 && !(text.Contains($"test.{job}") && text.Contains("oa_notifications_pending")); i++)
        {
            await Task.Delay(500);
            text = await ScrapeAsync();
        }
        Assert.Matches("oa_engine_command_duration_seconds_count\\{[^}]*command=\"StartInstance\"[^}]*outcome=\"ok\"[^}]*\\} [1-9]", text);
        Assert.Matches("oa_engine_command_duration_seconds_count\\{[^}]*command=\"CompleteTask\"[^}]*\\} [1-9]", text);
        Assert.Matches("oa_engine_conflicts_total(\\{[^}]*\\})? [1-9]", text);
        Assert.Matches($"oa_job_failures_total\\{{[^}}]*job=\"test\\.{job}\"[^}}]*\\}} 1", text);
        Assert.Matches("oa_notifications_pending(\\{[^}]*\\})? \\d+", text);
        Assert.Matches("oa_jobs_pending(\\{[^}]*\\})? \\d+", text);
    }
}
