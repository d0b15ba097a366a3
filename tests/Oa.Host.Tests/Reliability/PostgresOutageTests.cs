using System.Net;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Reliability;

/// <summary>The PostgreSQL server unreachable for a while (restart, network loss): 503 + Retry-After, then recovery in the same host.</summary>
public sealed class PostgresOutageTests(PostgresOutageTests.CutFactory factory) : IClassFixture<PostgresOutageTests.CutFactory>
{
    [Fact]
    public async Task ServerUnreachable_RequestsAnswer503_ThenRecoverWithoutRestart()
    {
        await factory.PublishLeaveAsync();
        var client = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tasks?box=mine")).StatusCode);

        factory.Cutter!.Cut();
        try
        {
            foreach (var attempt in new Func<Task<HttpResponseMessage>>[]
            {
                () => client.GetAsync("/api/tasks?box=mine"),
                () => client.PostAsync("/api/processes/host_leave/instances", System.Net.Http.Json.JsonContent.Create(new
                {
                    variables = new Dictionary<string, object?> { ["leaveType"] = "annual", ["days"] = 1, ["reason"] = "断网期间" },
                })),
            })
            {
                var response = await attempt();
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.NotNull(response.Headers.RetryAfter);
                Assert.DoesNotContain("Npgsql", body);
            }
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await factory.Anonymous().GetAsync("/health/ready")).StatusCode);
        }
        finally { factory.Cutter.Restore(); }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tasks?box=mine")).StatusCode);
        var id = (await client.StartLeaveAsync(1)).GetProperty("id").GetString()!;
        Assert.Equal("running", (await (await client.GetAsync($"/api/instances/{id}")).JsonAsync()).GetProperty("status").GetString());
    }

    /// <summary>A PostgreSQL test database reached through a <see cref="TcpCutter"/>.</summary>
    public sealed class CutFactory : PostgresOaFactoryBase
    {
        public TcpCutter? Cutter { get; private set; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var direct = new NpgsqlConnectionStringBuilder(builder.GetSetting("ConnectionStrings:Oa"));
            Cutter = new TcpCutter(direct.Host!, direct.Port);
            // Short timeouts: an unreachable server must answer the caller in seconds, not after the 15 s default.
            builder.UseSetting("ConnectionStrings:Oa", new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Host = "127.0.0.1", Port = Cutter.Port, Timeout = 3 }.ConnectionString);
        }

        // The host stops first, while the cutter still forwards: its shutdown (scheduler, outbox) talks to the database,
        // and with the forwarder gone it waited on connections that could never open.
        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (Cutter is not null) await Cutter.DisposeAsync();
        }
    }
}

/// <summary>OaFactory on PostgreSQL, open for extension (PostgresOaFactory itself is sealed).</summary>
public abstract class PostgresOaFactoryBase() : OaFactory("Postgres");
