using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Runtime;

// A runtime keeps nothing that matters in memory: a new one over the same store carries on.
public class RestartTests
{
    private static WorkflowRuntime Runtime(InMemoryInstanceStore store)
    {
        var runtime = new WorkflowRuntime(store, new TestClock(Harness.T0));
        Assert.True(runtime.Deploy(Fixture.Text("Runtime/collaboration.bpmn")).IsValid);
        return runtime;
    }

    [Fact]
    public async Task PublishMessage_NewRuntimeOverSameStore_CorrelatesToWaitingInstance()
    {
        var store = new InMemoryInstanceStore();
        var before = Runtime(store);
        var requester = await before.StartAsync("requester", variables: Vars.Of(new { requestNo = "PO-7" }));
        Assert.Equal(InstanceStatus.Running, (await store.LoadAsync(requester.InstanceId))!.Status);

        var after = Runtime(store);
        Assert.Equal(0, await after.PublishMessageAsync("purchaseDone", "PO-8"));
        Assert.Equal(1, await after.PublishMessageAsync("purchaseDone", "PO-7"));
        Assert.Equal(InstanceStatus.Completed, (await store.LoadAsync(requester.InstanceId))!.Status);
        Assert.Empty(await store.FindWaitingAsync("purchaseDone", "PO-7"));
    }

    [Fact]
    public async Task MessageEndEvent_AfterRestart_CorrelatesBackToTheRequester()
    {
        var store = new InMemoryInstanceStore();
        var before = Runtime(store);
        var requester = await before.StartAsync("requester", variables: Vars.Of(new { requestNo = "PO-9" }));
        var buy = Assert.Single(before.OpenTasks);
        Assert.Equal([requester.InstanceId], await store.FindWaitingAsync("purchaseDone", "PO-9"));

        var after = Runtime(store);
        await after.CompleteTaskAsync(buy.TaskId, "buyer"); // the end event publishes purchaseDone with PO-9
        Assert.Equal(InstanceStatus.Completed, (await store.LoadAsync(requester.InstanceId))!.Status);
        Assert.Empty(after.FollowUpFailures);
    }
}
