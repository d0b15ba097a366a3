using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Features.Setup;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Scenarios;

/// <summary>
/// The host with the shipped Definitions/ imported (processes, forms, ledgers, print templates), on a fake clock set to
/// Monday 2026-12-07 09:00 China time; service-task jobs run when a test calls <see cref="RunJobsAsync"/>, as the job
/// worker would. One host for every scenario class (a collection): tests use their own people, years or unique values.
/// </summary>
public class ScenarioFactory : OaFactory
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _imported;

    public ScenarioFactory() : this(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero)) { }

    /// <summary>Another day on the fake clock (the payments scenarios live in May 2026, after a period's end).</summary>
    protected ScenarioFactory(DateTimeOffset now) => Clock = new FakeTimeProvider(now);

    public FakeTimeProvider Clock { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Timers:Enabled", "false");
        builder.UseSetting("Jobs:Enabled", "false");
        builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    /// <summary>Imports Definitions/ once, as the first start does.</summary>
    public async Task ReadyAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_imported) return;
            await using var scope = Services.CreateAsyncScope();
            var dir = DatabaseInitializer.DefinitionsDirectory(scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(), AppContext.BaseDirectory)!;
            Assert.True(await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().ImportDefinitionsAsync(dir, CancellationToken.None));
            _imported = true;
        }
        finally { _gate.Release(); }
    }

    public async Task RunJobsAsync()
    {
        var runner = Services.GetRequiredService<ServiceTaskJobRunner>();
        for (var i = 0; i < 10 && await runner.RunDueAsync(CancellationToken.None) > 0; i++) { }
    }

    public async Task<T> DbAsync<T>(Func<OaDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OaDbContext>());
    }

    /// <summary>All variables of the instance as the engine holds them (the API shows only form fields).</summary>
    public async Task<IReadOnlyDictionary<string, JsonElement>> VariablesAsync(string id) =>
        (await Services.GetRequiredService<EngineHost>().Runtime.Store.LoadAsync(id))!.Variables;

    /// <summary>The instance as its initiator sees it through the API (status, variables).</summary>
    public async Task<JsonElement> InstanceAsync(HttpClient client, string id) => await (await client.GetAsync($"/api/instances/{id}")).JsonAsync();

    /// <summary>Starts a request through the public API; returns the created instance (id, serialNo, title).</summary>
    public static async Task<JsonElement> StartAsync(HttpClient client, string processKey, object variables)
    {
        var response = await client.PostAsJsonAsync($"/api/processes/{processKey}/instances", new { variables });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{processKey} start → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    /// <summary>The user acts on their open task of the instance (approve, reject, complete…) and the jobs that follow run.</summary>
    public async Task ActAsync(HttpClient client, string instanceId, string action = "approve", object? variables = null, string? comment = null)
    {
        var task = await client.TodoTaskAsync(instanceId);
        Assert.True(task is not null, "no open task of the instance in this user's 待办");
        var response = await client.ActAsync(task!, action, new { variables, comment = comment ?? (action == "reject" ? "不同意" : "同意") });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        await RunJobsAsync();
    }

    public async Task<string> StatusAsync(string instanceId) =>
        await DbAsync(db => db.ProcessInstances.Where(i => i.Id == instanceId).Select(i => i.Status).SingleAsync());
}

[CollectionDefinition(Name)]
public sealed class ScenarioCollection : ICollectionFixture<ScenarioFactory>
{
    public const string Name = "Shipped process scenarios";
}
