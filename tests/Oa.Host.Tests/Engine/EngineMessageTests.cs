using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Features.Org;
using Oa.Host.Tests.Infrastructure;
using Oa.Workflows.Runtime;

namespace Oa.Host.Tests.Engine;

/// <summary>Message correlation in the host goes through the message_subscriptions table, so it survives a restart.</summary>
public abstract class EngineMessageTests<TFactory>(TFactory factory) where TFactory : OaFactory
{
    private async Task<T> DbAsync<T>(Func<OaDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<OaDbContext>());
    }

    private async Task<InstanceStatus> StatusAsync(string id) =>
        (await factory.Services.GetRequiredService<EngineHost>().Runtime.Store.LoadAsync(id))!.Status;

    [Fact]
    public async Task ThrowEvent_CorrelatesToTheInstanceWaitingForThatKeyOnly()
    {
        await factory.PublishAsync("engmessage.bpmn");
        var client = await factory.ClientAsAsync("zhangsan");
        var a = await client.StartAsync("eng_msg_wait", new { orderNo = "A-1" });
        var b = await client.StartAsync("eng_msg_wait", new { orderNo = "A-2" });
        Assert.Equal(1, await DbAsync(db => db.MessageSubscriptions.CountAsync(s => s.InstanceId == a && s.Name == "orderPaid" && s.CorrelationKey == "A-1")));

        await client.StartAsync("eng_msg_send", new { orderNo = "A-1" });
        Assert.Equal(InstanceStatus.Completed, await StatusAsync(a));
        Assert.Equal(InstanceStatus.Running, await StatusAsync(b));
        Assert.False(await DbAsync(db => db.MessageSubscriptions.AnyAsync(s => s.InstanceId == a)));
    }

    [Fact]
    public async Task NewEngineOverTheSameDatabase_CorrelatesAfterRestart()
    {
        await factory.PublishAsync("engmessage.bpmn");
        var waiting = await (await factory.ClientAsAsync("zhangsan")).StartAsync("eng_msg_wait", new { orderNo = "R-9" });

        // A second engine with nothing in memory: its own registry and store over the same database.
        var services = factory.Services;
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var registry = new DefinitionRegistry(scopes, NullLogger<DefinitionRegistry>.Instance);
        var store = new EfInstanceStore(scopes, registry, new PendingStarts(), TimeProvider.System,
            services.GetRequiredService<Oa.Host.Features.Notifications.EngineNotifications>());
        var restarted = new EngineHost(store, registry, services.GetRequiredService<OrgCache>(), TimeProvider.System,
            services.GetRequiredService<Oa.Host.Features.Deputies.DeputyRouter>());
        await restarted.PrepareAsync();

        Assert.Equal(0, await restarted.Runtime.PublishMessageAsync("orderPaid", "R-8"));
        Assert.Equal(1, await restarted.Runtime.PublishMessageAsync("orderPaid", "R-9"));
        Assert.Equal(InstanceStatus.Completed, await StatusAsync(waiting));
    }
}

public sealed class SqliteEngineMessageTests(OaFactory factory) : EngineMessageTests<OaFactory>(factory), IClassFixture<OaFactory>;

public sealed class PostgresEngineMessageTests(PostgresOaFactory factory) : EngineMessageTests<PostgresOaFactory>(factory), IClassFixture<PostgresOaFactory>;
