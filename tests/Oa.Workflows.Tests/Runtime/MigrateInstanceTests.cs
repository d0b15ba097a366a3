using Oa.Workflows.Model;
using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Runtime;

// Instance migration through a runtime over a store, so every assertion reads state that went through save → load.
public class MigrateInstanceTests
{
    private static string Task(string id, string assignee) =>
        $"""<bpmn:userTask id="{id}" name="{id}"><bpmn:extensionElements><zeebe:assignmentDefinition assignee="{assignee}" /></bpmn:extensionElements></bpmn:userTask>""";

    private static string Flow(string id, string from, string to) => $"""<bpmn:sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}" />""";

    // v1: apply → boss → end
    private static readonly string V1 = Bpmn.Wrap($"""
        <bpmn:startEvent id="start" />{Task("apply", "zhangsan")}{Task("boss", "wangwu")}<bpmn:endEvent id="end" />
        {Flow("f1", "start", "apply")}{Flow("f2", "apply", "boss")}{Flow("f3", "boss", "end")}
        """);

    // v2: apply → manager (was boss) → hr → end
    private static readonly string V2 = Bpmn.Wrap($"""
        <bpmn:startEvent id="start" />{Task("apply", "zhangsan")}{Task("manager", "wangwu")}{Task("hr", "zhaoliu")}<bpmn:endEvent id="end" />
        {Flow("f1", "start", "apply")}{Flow("f2", "apply", "manager")}{Flow("f3", "manager", "hr")}{Flow("f4", "hr", "end")}
        """);

    // v3: boss became an exclusive gateway.
    private static readonly string V3 = Bpmn.Wrap($"""
        <bpmn:startEvent id="start" />{Task("apply", "zhangsan")}<bpmn:exclusiveGateway id="boss" /><bpmn:endEvent id="end" />
        {Flow("f1", "start", "apply")}{Flow("f2", "apply", "boss")}{Flow("f3", "boss", "end")}
        """);

    private static async Task<(WorkflowRuntime Runtime, InMemoryInstanceStore Store, InstanceState AtBoss, ProcessDefinition V1)> AtBossOnV1()
    {
        var store = new InMemoryInstanceStore();
        var runtime = new WorkflowRuntime(store, new TestClock(Harness.T0));
        Assert.True(runtime.Deploy(V1).IsValid);
        var v1 = runtime.Definition("p")!;
        var started = await runtime.StartAsync("p", initiator: "zhangsan");
        await runtime.CompleteTaskAsync(Assert.Single(runtime.TasksOf(started.InstanceId)).TaskId, "zhangsan");
        return (runtime, store, (await store.LoadAsync(started.InstanceId))!, v1);
    }

    private static ProcessDefinition DeployAgain(WorkflowRuntime runtime, string xml)
    {
        Assert.True(runtime.Deploy(xml).IsValid);
        return runtime.Definition("p")!;
    }

    [Fact]
    public async Task Migrate_MappedUserTask_KeepsTaskIdAndAssignee_ThenFollowsTheNewVersion()
    {
        var (runtime, store, before, _) = await AtBossOnV1();
        var v2 = DeployAgain(runtime, V2);
        var task = Assert.Single(before.Tasks);

        await runtime.ExecuteAsync(before.InstanceId, new MigrateInstance(v2, new Dictionary<string, string> { ["boss"] = "manager" }, "admin"));

        var after = (await store.LoadAsync(before.InstanceId))!;
        Assert.Equal(v2.ContentHash, after.DefinitionHash);
        var moved = Assert.Single(after.Tasks);
        Assert.Equal((task.TaskId, "manager", "wangwu"), (moved.TaskId, moved.ElementId, moved.Assignee));
        Assert.Equal(["manager"], after.Tokens.Select(t => t.ElementId));
        Assert.Contains(runtime.EffectLog.OfType<HistoryEvent>(), h => h.Type == "InstanceMigrated" && h.User == "admin" && h.Data!.Contains("\"movedFrom\":[\"boss\"],\"movedTo\":[\"manager\"]"));

        await runtime.CompleteTaskAsync(moved.TaskId, "wangwu");
        var next = (await store.LoadAsync(before.InstanceId))!;
        Assert.Equal(["hr"], next.Tasks.Select(t => t.ElementId));
        Assert.Equal(InstanceStatus.Running, next.Status);
    }

    [Fact]
    public async Task Migrate_OldVersionInstanceNotMigrated_KeepsRunningOnItsVersion()
    {
        var (runtime, store, before, v1) = await AtBossOnV1();
        DeployAgain(runtime, V2);

        await runtime.CompleteTaskAsync(Assert.Single(before.Tasks).TaskId, "wangwu");

        var after = (await store.LoadAsync(before.InstanceId))!;
        Assert.Equal(v1.ContentHash, after.DefinitionHash);
        Assert.Equal(InstanceStatus.Completed, after.Status);
    }

    [Fact]
    public async Task Migrate_ActiveElementMissingInTarget_RefusesAndLeavesStateUnchanged()
    {
        var (runtime, store, before, _) = await AtBossOnV1();
        var v2 = DeployAgain(runtime, V2);

        var error = await Assert.ThrowsAsync<EngineException>(() => runtime.ExecuteAsync(before.InstanceId, new MigrateInstance(v2)));

        Assert.Equal(EngineErrorCode.InvalidCommand, error.Code);
        Assert.Contains("'boss' is not mapped", error.Message);
        var after = (await store.LoadAsync(before.InstanceId))!;
        Assert.Equal(InstanceStateSerializer.Serialize(before), InstanceStateSerializer.Serialize(after));
    }

    [Fact]
    public async Task Migrate_UserTaskOntoGatewayOfSameId_RefusesBecauseKindsDiffer()
    {
        var (runtime, store, before, _) = await AtBossOnV1();
        var v3 = DeployAgain(runtime, V3);

        var error = await Assert.ThrowsAsync<EngineException>(() => runtime.ExecuteAsync(before.InstanceId, new MigrateInstance(v3)));

        Assert.Contains("element kinds differ", error.Message);
        Assert.Equal(before.Version, (await store.LoadAsync(before.InstanceId))!.Version);
    }

    [Fact]
    public async Task Plan_DryRun_ReportsMovesAndBlockersWithoutChangingAnything()
    {
        var (runtime, _, before, v1) = await AtBossOnV1();
        var v2 = DeployAgain(runtime, V2);

        var ok = InstanceMigration.Plan(v1, v2, before, new Dictionary<string, string> { ["boss"] = "manager" });
        var unknown = InstanceMigration.Plan(v1, v2, before, new Dictionary<string, string> { ["boss"] = "nope" });
        var same = InstanceMigration.Plan(v1, v1, before, null);

        Assert.True(ok.CanMigrate);
        var move = Assert.Single(ok.Moves);
        Assert.Equal(("boss", "manager", "userTask", 1), (move.From, move.To, move.BpmnType, move.Tokens));
        Assert.False(unknown.CanMigrate);
        Assert.Contains(unknown.Blockers, b => b.Contains("'nope' is not in the target version"));
        Assert.Contains(same.Blockers, b => b.Contains("already runs the target version"));
    }

    [Fact]
    public async Task Migrate_SuspendedInstance_MovesAndStaysSuspended()
    {
        var (runtime, store, before, _) = await AtBossOnV1();
        await runtime.ExecuteAsync(before.InstanceId, new Suspend("admin"));
        var v2 = DeployAgain(runtime, V2);

        await runtime.ExecuteAsync(before.InstanceId, new MigrateInstance(v2, new Dictionary<string, string> { ["boss"] = "manager" }));

        var after = (await store.LoadAsync(before.InstanceId))!;
        Assert.Equal((InstanceStatus.Suspended, v2.ContentHash), (after.Status, after.DefinitionHash));
    }
}
