using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;
using ExecutionContext = Oa.Workflows.Runtime.ExecutionContext;

namespace Oa.Workflows.Tests.Store;

public class InMemoryInstanceStoreTests
{
    private static readonly ExecutionContext Ctx = new(Harness.T0, FeelExpressionEvaluator.Instance);

    [Fact]
    public async Task Store_SaveWithStaleVersion_ThrowsConcurrencyAndKeepsWinner()
    {
        var def = Fixture.Process("Gateways/parallel.bpmn");
        var store = new InMemoryInstanceStore();
        var started = Executor.Run(def, null, new StartInstance("i1", null, "u"), Ctx);
        await store.SaveAsync(started.State, 0, started.Effects);
        var loadedA = (await store.LoadAsync("i1"))!;
        var loadedB = (await store.LoadAsync("i1"))!;
        var a = Executor.Run(def, loadedA, new CompleteTask(loadedA.Tasks.Single(t => t.ElementId == "a").TaskId, "x"), Ctx);
        var b = Executor.Run(def, loadedB, new CompleteTask(loadedB.Tasks.Single(t => t.ElementId == "a").TaskId, "y"), Ctx);
        await store.SaveAsync(a.State, loadedA.Version, a.Effects);
        var conflict = await Assert.ThrowsAsync<ConcurrencyException>(async () => await store.SaveAsync(b.State, loadedB.Version, b.Effects));
        Assert.Equal((1L, 2L), (conflict.ExpectedVersion, conflict.ActualVersion));
        var final = (await store.LoadAsync("i1"))!;
        Assert.Equal(InstanceStateSerializer.Serialize(a.State), InstanceStateSerializer.Serialize(final));
    }

    [Fact]
    public async Task Store_NewInstanceSavedTwice_SecondIsAConflict()
    {
        var def = Fixture.Process("Gateways/parallel.bpmn");
        var store = new InMemoryInstanceStore();
        var started = Executor.Run(def, null, new StartInstance("i1", null, "u"), Ctx);
        await store.SaveAsync(started.State, 0, started.Effects);
        await Assert.ThrowsAsync<ConcurrencyException>(async () => await store.SaveAsync(started.State, 0, started.Effects));
    }

    [Fact]
    public void Executor_Run_NeverMutatesInputAndBumpsVersion()
    {
        var def = Fixture.Process("Gateways/parallel.bpmn");
        var started = Executor.Run(def, null, new StartInstance("i1", null, "u"), Ctx);
        var before = InstanceStateSerializer.Serialize(started.State);
        var next = Executor.Run(def, started.State, new CompleteTask(started.State.Tasks[0].TaskId, "x"), Ctx);
        Assert.Equal(before, InstanceStateSerializer.Serialize(started.State));
        Assert.Equal(started.State.Version + 1, next.State.Version);
    }
}
