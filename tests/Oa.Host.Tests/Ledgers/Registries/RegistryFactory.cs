using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Ledgers.Registries;

/// <summary>The host on a fake clock (2026-06-10 09:00 in UTC), so a loan can be watched running out.</summary>
public sealed class RegistryFactory : OaFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 10, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Timers:Enabled", "false");
        builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    private bool _published;

    /// <summary>The shipped customer archive, loan and service-record ledgers (once per factory).</summary>
    public async Task PublishShippedAsync()
    {
        if (_published) return;
        foreach (var key in new[] { "customers", "archive-loans", "service-records" })
            await LedgerKit.PublishAsync(this, JsonNode.Parse(LedgerKit.Shipped(key))!.AsObject());
        _published = true;
    }
}
