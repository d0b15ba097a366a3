using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Oa.Host.Engine;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Engine;

/// <summary>The host with test service-task handlers, on a fake clock; the test runs jobs and timers itself.</summary>
public class JobsFactory : OaFactory
{
    public JobsFactory() : this("Sqlite") { }

    protected JobsFactory(string provider) : base(provider) { }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>While true, test-recover fails.</summary>
    public static volatile bool RecoverFails = true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Timers:Enabled", "false");
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Jobs:BackoffSeconds", "10");
        builder.ConfigureTestServices(s =>
        {
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            s.AddScoped<IHostServiceTask, MergeTask>();
            s.AddScoped<IHostServiceTask, FlakyTask>();
            s.AddScoped<IHostServiceTask, BusinessErrorTask>();
            s.AddScoped<IHostServiceTask, RecoverTask>();
        });
    }

    private sealed class MergeTask : IHostServiceTask
    {
        public string Type => "test-merge";

        public Task<IReadOnlyDictionary<string, JsonElement>> ExecuteAsync(HostServiceTaskContext context, CancellationToken ct) =>
            Task.FromResult<IReadOnlyDictionary<string, JsonElement>>(new Dictionary<string, JsonElement>
            {
                ["merged"] = JsonSerializer.SerializeToElement(42),
                ["sawHeader"] = JsonSerializer.SerializeToElement(context.Headers.GetValueOrDefault("ledger")),
                ["sawAmount"] = context.Variables.GetValueOrDefault("amount"),
            });
    }

    private sealed class FlakyTask : IHostServiceTask
    {
        public string Type => "test-flaky";

        public Task<IReadOnlyDictionary<string, JsonElement>> ExecuteAsync(HostServiceTaskContext context, CancellationToken ct) =>
            throw new InvalidOperationException("backend down");
    }

    private sealed class BusinessErrorTask : IHostServiceTask
    {
        public string Type => "test-business";

        public Task<IReadOnlyDictionary<string, JsonElement>> ExecuteAsync(HostServiceTaskContext context, CancellationToken ct) =>
            throw new ServiceTaskBusinessError("OUT_OF_STOCK", "缺货");
    }

    private sealed class RecoverTask : IHostServiceTask
    {
        public string Type => "test-recover";

        public Task<IReadOnlyDictionary<string, JsonElement>> ExecuteAsync(HostServiceTaskContext context, CancellationToken ct) =>
            RecoverFails ? throw new InvalidOperationException("not yet") : Task.FromResult<IReadOnlyDictionary<string, JsonElement>>(new Dictionary<string, JsonElement>());
    }
}

public sealed class PostgresJobsFactory() : JobsFactory("Postgres");
