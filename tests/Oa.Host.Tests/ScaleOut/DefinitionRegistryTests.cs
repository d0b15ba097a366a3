using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.ScaleOut;

public sealed class DefinitionRegistryTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task DefinitionsCommittedOutOfIdOrder_ByTwoNodes_AreAllLoaded()
    {
        var engine = factory.Services.GetRequiredService<EngineHost>();
        await engine.PrepareAsync();
        var (early, late) = (ApiClient.Unique("early_"), ApiClient.Unique("late_"));
        long top;
        using (var scope = factory.Services.CreateScope())
            top = await scope.ServiceProvider.GetRequiredService<OaDbContext>().ProcessDefinitions.MaxAsync(p => (long?)p.Id) ?? 0;

        // Node 2's publish (the higher id) commits first and is loaded; node 1's (the lower id) commits after.
        await InsertAsync(top + 2, late);
        await engine.PrepareAsync();
        Assert.NotNull(engine.Definitions.LatestOf(late));
        await InsertAsync(top + 1, early);
        await engine.PrepareAsync();
        Assert.NotNull(engine.Definitions.LatestOf(early));
    }

    /// <summary>What DefinitionPublisher writes for a new process, with the row id a concurrent publish was given.</summary>
    private async Task InsertAsync(long id, string key)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        var xml = Fixtures.Read("hostleave.bpmn").Replace("id=\"host_leave\"", $"id=\"{key}\"");
        db.ProcessDefinitions.Add(new ProcessDefinitionRecord
        {
            Id = id, Key = key, Version = 1, Name = key, BpmnXml = xml, FileHash = key, ContentHash = key, DeployedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        await db.BumpAsync(ChangeStamps.Definitions);
    }
}
