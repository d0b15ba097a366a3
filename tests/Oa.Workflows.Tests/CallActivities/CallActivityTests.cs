using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.CallActivities;

public class CallActivityTests
{
    private static async Task<(WorkflowRuntime, InstanceState)> StartParent()
    {
        var runtime = new WorkflowRuntime(new InMemoryInstanceStore(), new TestClock(Harness.T0));
        Assert.True(runtime.Deploy(Fixture.Text("CallActivities/call.bpmn")).IsValid);
        var parent = await runtime.StartAsync("parent", "BK", "zhangsan", Vars.Of(new { amount = 21, secret = "x" }));
        return (runtime, parent);
    }

    [Fact]
    public void CallActivity_Activated_EmitsStartChildWithMappedVariables()
    {
        var h = new Harness(Fixture.Process("CallActivities/call.bpmn", "parent")).Start(new { amount = 21 });
        var start = Assert.Single(h.Effects.OfType<StartChildInstance>());
        Assert.Equal("child", start.ProcessKey);
        Assert.Equal(42, start.Variables["doubled"].GetInt32());
        Assert.Equal(21, start.Variables["amount"].GetInt32()); // propagateAllParentVariables defaults to true
    }

    [Fact]
    public async Task CallActivity_ChildCompletes_ParentContinuesWithOutputMappingOnly()
    {
        var (runtime, parent) = await StartParent();
        var childTask = Assert.Single(runtime.OpenTasks);
        Assert.NotEqual(parent.InstanceId, childTask.InstanceId);
        await runtime.CompleteTaskAsync(childTask.TaskId, "legal", Vars.Of(new { result = "good", noise = 1 }));
        var reloaded = (await runtime.Store.LoadAsync(parent.InstanceId))!;
        Assert.Equal("good", reloaded.Variables["childResult"].GetString());
        Assert.False(reloaded.Variables.ContainsKey("noise")); // propagateAllChildVariables="false"
        Assert.Equal("after", Assert.Single(runtime.OpenTasks).ElementId);
    }

    [Fact]
    public async Task CallActivity_ChildEndsWithError_CaughtByBoundaryOnCallActivity()
    {
        var (runtime, parent) = await StartParent();
        await runtime.CompleteTaskAsync(runtime.OpenTasks[0].TaskId, "legal", Vars.Of(new { result = "bad" }));
        Assert.Equal("handle", Assert.Single(runtime.OpenTasks).ElementId);
        Assert.Equal(InstanceStatus.Running, (await runtime.Store.LoadAsync(parent.InstanceId))!.Status);
    }

    [Fact]
    public async Task CallActivity_ParentCancelled_CancelsChild()
    {
        var (runtime, parent) = await StartParent();
        var childId = runtime.OpenTasks[0].InstanceId;
        await runtime.ExecuteAsync(parent.InstanceId, new CancelInstance("withdrawn"));
        Assert.Equal(InstanceStatus.Cancelled, (await runtime.Store.LoadAsync(childId))!.Status);
        Assert.Empty(runtime.OpenTasks);
    }

    [Fact]
    public void Deploy_CallActivityToUnknownProcess_IsRejected()
    {
        var runtime = new WorkflowRuntime(new InMemoryInstanceStore());
        var xml = Fixture.Text("CallActivities/call.bpmn").Replace("processId=\"child\"", "processId=\"nobody\"");
        var result = runtime.Deploy(xml);
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.ElementId == "callIt" && p.Message.Contains("nobody"));
    }
}
