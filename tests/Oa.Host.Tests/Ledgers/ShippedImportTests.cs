using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Features.Setup;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Ledgers;

public sealed class ShippedImportTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task ImportDefinitions_PublishesShippedLedgers_AndASecondImportChangesNothing()
    {
        var definitions = Path.GetDirectoryName(LedgerKit.ShippedDirectory)!;
        await using (var scope = factory.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().ImportDefinitionsAsync(definitions, CancellationToken.None));

        var heli = await factory.ClientAsAsync("heli"); // 营销管理: contracts and customers, all records
        var keys = (await (await heli.GetAsync("/api/ledgers")).JsonAsync()).EnumerateArray().Select(l => l.GetProperty("key").GetString()).ToList();
        Assert.Contains("contracts", keys);
        Assert.Contains("customers", keys);
        Assert.DoesNotContain("complaints", keys); // 质量管理组 only
        var linxue = await factory.ClientAsAsync("linxue");
        Assert.Contains("complaints", (await (await linxue.GetAsync("/api/ledgers")).JsonAsync()).EnumerateArray().Select(l => l.GetProperty("key").GetString()));

        await using var again = factory.Services.CreateAsyncScope();
        var outcome = await again.ServiceProvider.GetRequiredService<Oa.Host.Features.Ledgers.LedgerPublisher>()
            .PublishAsync(Directory.GetFiles(LedgerKit.ShippedDirectory, "*.ledger.json").Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList(), "system", CancellationToken.None);
        Assert.True(outcome.Succeeded);
        Assert.All(outcome.Published, p => Assert.False(p.Changed));
    }
}
