using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
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
}
