using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Tests.Infrastructure;
using Oa.Workflows.Parsing;
using Oa.Workflows.Runtime;

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

    [Fact]
    public async Task AnInstanceOnAVersionPublishedByAnotherNode_RunsOnThatVersion_ThoughThisNodeCheckedTheStampAMomentAgo()
    {
        var engine = factory.Services.GetRequiredService<EngineHost>();
        var key = ApiClient.Unique("hop_");
        await InsertAsync(key, 1, TwoSteps(key, "B_v1"));
        await engine.PrepareAsync();
        var id = Guid.NewGuid().ToString("N");
        var started = await engine.StartAsync(key, id, "zhangsan", null, new Dictionary<string, JsonElement>(), new CommandAudit("zhangsan", null, null, Action: "start"));
        var taskA = started.Tasks.Single().TaskId;

        // The other node publishes v2 and the instance moves to it there (as a start of v2 on that node would leave it);
        // this node read the stamp a moment ago, so only the unknown definition hash can tell it to look again.
        var v2 = TwoSteps(key, "B_v2");
        await InsertAsync(key, 2, v2);
        var v2Hash = BpmnParser.Parse(v2).Processes.Single().ContentHash;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
            var row = await db.ProcessInstances.SingleAsync(i => i.Id == id);
            row.StateJson = InstanceStateSerializer.Serialize(InstanceStateSerializer.Deserialize(row.StateJson) with { DefinitionHash = v2Hash });
            await db.SaveChangesAsync();
        }

        var next = await engine.ExecuteAsync(id, new CompleteTask(taskA, "zhangsan"), new CommandAudit("zhangsan", null, null, taskA, "complete"));
        Assert.Equal("B_v2", next.Tasks.Single().ElementId);
        Assert.NotNull(engine.Definitions.Find(key, v2Hash));
    }

    private static string TwoSteps(string key, string second) => $$"""
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="D" targetNamespace="http://oa.dev/tests">
          <bpmn:process id="{{key}}" name="{{key}}" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="A" />
            <bpmn:userTask id="A" name="第一步"><bpmn:extensionElements><zeebe:assignmentDefinition assignee="zhangsan" /></bpmn:extensionElements></bpmn:userTask>
            <bpmn:sequenceFlow id="F2" sourceRef="A" targetRef="{{second}}" />
            <bpmn:userTask id="{{second}}" name="第二步"><bpmn:extensionElements><zeebe:assignmentDefinition assignee="lisi" /></bpmn:extensionElements></bpmn:userTask>
            <bpmn:sequenceFlow id="F3" sourceRef="{{second}}" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>A publish by another node: the row and the stamp, as DefinitionPublisher writes them.</summary>
    private async Task InsertAsync(string key, int version, string xml)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        db.ProcessDefinitions.Add(new ProcessDefinitionRecord
        {
            Key = key, Version = version, Name = key, BpmnXml = xml, FileHash = key + version, ContentHash = BpmnParser.Parse(xml).Processes.Single().ContentHash, DeployedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        await db.BumpAsync(ChangeStamps.Definitions);
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
