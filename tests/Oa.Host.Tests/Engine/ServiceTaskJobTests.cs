using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;
using Oa.Workflows.Runtime;

namespace Oa.Host.Tests.Engine;

/// <summary>Service tasks the host runs as jobs: rows written with the command, run by ServiceTaskJobRunner.</summary>
public abstract class ServiceTaskJobTests<TFactory>(TFactory factory) where TFactory : JobsFactory
{
    private ServiceTaskJobRunner Runner => factory.Services.GetRequiredService<ServiceTaskJobRunner>();

    private async Task<string> StartAsync(string processKey, object? variables = null)
    {
        await factory.PublishAsync("engjobs.bpmn");
        return await (await factory.ClientAsAsync("zhangsan")).StartAsync(processKey, variables);
    }

    private async Task<T> DbAsync<T>(Func<OaDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<OaDbContext>());
    }

    private Task<InstanceState> StateAsync(string id) =>
        factory.Services.GetRequiredService<EngineHost>().Runtime.Store.LoadAsync(id).AsTask()!;

    // Jobs of other tests in this class may be due as well; each test asserts only on its own instance.
    private Task<int> RunJobsOfAsync(string id) => Runner.RunDueAsync(CancellationToken.None);

    // PostgreSQL keeps microseconds, .NET ticks are finer.
    private static void AssertAbout(DateTimeOffset expected, DateTimeOffset actual) =>
        Assert.InRange((actual - expected).Duration(), TimeSpan.Zero, TimeSpan.FromMilliseconds(1));

    [Fact]
    public async Task Job_Success_MergesHandlerVariables_AndRowGoes()
    {
        var id = await StartAsync("eng_job_ok", new { amount = 1200 });
        var row = await DbAsync(db => db.Jobs.SingleAsync(j => j.InstanceId == id));
        Assert.Equal(("Ok_Task", "test-merge", 3), (row.ElementId, row.Type, row.RetriesLeft));

        await RunJobsOfAsync(id);
        var state = await StateAsync(id);
        Assert.Equal(InstanceStatus.Completed, state.Status);
        Assert.Equal(42, state.Variables["merged"].GetInt32());
        Assert.Equal("assets", state.Variables["sawHeader"].GetString());
        Assert.Equal(1200, state.Variables["sawAmount"].GetInt32());
        Assert.False(await DbAsync(db => db.Jobs.AnyAsync(j => j.InstanceId == id)));
    }

    [Fact]
    public async Task Job_Failing_RetriesWithExponentialBackoff_ThenIncident()
    {
        var id = await StartAsync("eng_job_flaky");
        await RunJobsOfAsync(id);
        var row = await DbAsync(db => db.Jobs.AsNoTracking().SingleAsync(j => j.InstanceId == id));
        Assert.Equal((2, 1, "backend down"), (row.RetriesLeft, row.Attempts, row.LastError));
        AssertAbout(factory.Clock.GetUtcNow().AddSeconds(10), row.DueAt);

        await RunJobsOfAsync(id); // not due yet: nothing changes
        Assert.Equal(2, (await DbAsync(db => db.Jobs.AsNoTracking().SingleAsync(j => j.InstanceId == id))).RetriesLeft);

        factory.Clock.Advance(TimeSpan.FromSeconds(10));
        await RunJobsOfAsync(id);
        row = await DbAsync(db => db.Jobs.AsNoTracking().SingleAsync(j => j.InstanceId == id));
        Assert.Equal((1, 2), (row.RetriesLeft, row.Attempts));
        AssertAbout(factory.Clock.GetUtcNow().AddSeconds(20), row.DueAt);

        factory.Clock.Advance(TimeSpan.FromSeconds(20));
        await RunJobsOfAsync(id);
        var state = await StateAsync(id);
        Assert.Equal(InstanceStatus.Incident, state.Status);
        Assert.Equal("backend down", Assert.Single(state.Incidents).Message);
        Assert.Equal(0, (await DbAsync(db => db.Jobs.AsNoTracking().SingleAsync(j => j.InstanceId == id))).RetriesLeft);
        var admin = await factory.ClientAsAsync("admin");
        var instance = await admin.InstanceAsync(id);
        Assert.Equal("incident", instance.GetProperty("status").GetString());
        Assert.Single(instance.History("IncidentRaised"));
        Assert.Equal(3, instance.History("JobFailed").Count());
    }

    [Fact]
    public async Task Job_BusinessError_ReachesTheErrorBoundary()
    {
        var id = await StartAsync("eng_job_error");
        await RunJobsOfAsync(id);
        var state = await StateAsync(id);
        Assert.Equal(InstanceStatus.Running, state.Status);
        Assert.Equal(["Er_Handle"], state.Tasks.Select(t => t.ElementId));
        Assert.False(await DbAsync(db => db.Jobs.AnyAsync(j => j.InstanceId == id)));
        Assert.NotNull(await (await factory.ClientAsAsync("zhangsan")).TodoTaskAsync(id));
    }

    [Fact]
    public async Task Job_TypeWithoutHandler_IsAnIncidentNamingTheType()
    {
        var id = await StartAsync("eng_job_unknown");
        await RunJobsOfAsync(id);
        var state = await StateAsync(id);
        Assert.Equal(InstanceStatus.Incident, state.Status);
        Assert.Contains("no handler for type nobody-handles", Assert.Single(state.Incidents).Message);
    }

    [Fact]
    public async Task Job_InstanceCancelled_RowIsRemoved()
    {
        var id = await StartAsync("eng_job_flaky");
        Assert.True(await DbAsync(db => db.Jobs.AnyAsync(j => j.InstanceId == id)));
        var admin = await factory.ClientAsAsync("admin");
        var cancelled = await admin.PostAsJsonAsync($"/api/instances/{id}/cancel", new { reason = "测试" });
        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());
        Assert.False(await DbAsync(db => db.Jobs.AnyAsync(j => j.InstanceId == id)));
    }

    [Fact]
    public async Task IncidentRetry_AdminOnly_RunsTheJobAgain()
    {
        JobsFactory.RecoverFails = true;
        var id = await StartAsync("eng_job_recover");
        await RunJobsOfAsync(id);
        var incident = Assert.Single((await StateAsync(id)).Incidents);
        var url = $"/api/instances/{id}/incidents/{incident.IncidentId}/retry";

        var user = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsJsonAsync(url, new { })).StatusCode);
        var admin = await factory.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/instances/{id}/incidents/nope/retry", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/instances/missing/incidents/{incident.IncidentId}/retry", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync(url, new { retries = 0 })).StatusCode);

        JobsFactory.RecoverFails = false;
        var retried = await admin.PostAsJsonAsync(url, new { retries = 2 });
        Assert.True(retried.IsSuccessStatusCode, await retried.Content.ReadAsStringAsync());
        Assert.Equal("running", (await retried.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(2, (await DbAsync(db => db.Jobs.AsNoTracking().SingleAsync(j => j.InstanceId == id))).RetriesLeft);
        await RunJobsOfAsync(id);
        Assert.Equal(InstanceStatus.Completed, (await StateAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync(url, new { })).StatusCode); // the instance has ended
    }
}

public sealed class SqliteServiceTaskJobTests(JobsFactory factory) : ServiceTaskJobTests<JobsFactory>(factory), IClassFixture<JobsFactory>;

public sealed class PostgresServiceTaskJobTests(PostgresJobsFactory factory) : ServiceTaskJobTests<PostgresJobsFactory>(factory), IClassFixture<PostgresJobsFactory>;
