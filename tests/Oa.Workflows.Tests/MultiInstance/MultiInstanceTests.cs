using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.MultiInstance;

public class MultiInstanceTests
{
    private static readonly string[] Approvers = ["a", "b", "c"];

    private static TaskBookmark TaskOf(Harness h, string assignee) => h.State!.Tasks.Single(t => t.Assignee == assignee);

    private static void Complete(Harness h, string assignee, string opinion) =>
        h.Run(new CompleteTask(TaskOf(h, assignee).TaskId, assignee, Vars.Of(new { opinion })));

    [Fact]
    public void MultiInstance_Parallel_CreatesOneTaskPerItemWithLoopInfo()
    {
        var h = Harness.For("MultiInstance/countersign.bpmn").Start(new { approvers = Approvers, quorum = 3 });
        Assert.Equal(Approvers, h.State!.Tasks.Select(t => t.Assignee));
        Assert.All(h.Effects.OfType<TaskCreated>(), t => Assert.Equal(3, t.Task.LoopTotal));
        Assert.Equal([1, 2, 3], h.State.Tasks.Select(t => t.LoopCounter ?? 0));
    }

    [Fact]
    public void MultiInstance_AllComplete_CollectsOutputCollectionInOrder()
    {
        var h = Harness.For("MultiInstance/countersign.bpmn").Start(new { approvers = Approvers, quorum = 3 });
        Complete(h, "c", "no");
        Complete(h, "a", "yes");
        Complete(h, "b", "maybe");
        Assert.Equal(["yes", "maybe", "no"], h.Var("opinions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["done"], h.OpenTaskElements);
        Assert.Empty(h.State!.Timers);
    }

    [Fact]
    public void MultiInstance_CompletionConditionReachedEarly_CancelsRemainingInstances()
    {
        var h = Harness.For("MultiInstance/countersign.bpmn").Start(new { approvers = Approvers, quorum = 2 });
        Complete(h, "a", "yes");
        Complete(h, "b", "yes");
        Assert.Equal(["done"], h.OpenTaskElements);
        Assert.Single(h.Effects.OfType<TaskCancelled>());
        Assert.Equal(["yes", "yes", null], h.Var("opinions").EnumerateArray().Select(e => e.ValueKind == System.Text.Json.JsonValueKind.Null ? null : e.GetString()));
    }

    [Fact]
    public void MultiInstance_EmptyCollection_CompletesImmediately()
    {
        var h = Harness.For("MultiInstance/countersign.bpmn").Start(new { approvers = Array.Empty<string>(), quorum = 1 });
        Assert.Equal(["done"], h.OpenTaskElements);
    }

    [Fact]
    public void MultiInstance_InputCollectionNotAList_RaisesIncident()
    {
        var h = Harness.For("MultiInstance/countersign.bpmn").Start(new { approvers = "a", quorum = 1 });
        Assert.Equal(InstanceStatus.Incident, h.Status);
        Assert.Equal("sign", h.State!.Incidents[0].ElementId);
    }

    [Fact]
    public void BoundaryTimer_FiresWhileMultiInstanceHalfDone_CancelsRemainingAndEscalates()
    {
        var h = Harness.For("MultiInstance/countersign.bpmn").Start(new { approvers = Approvers, quorum = 3 });
        Complete(h, "a", "yes");
        Assert.Equal(2, h.State!.Tasks.Count);
        h.FireTimer("overdue");
        Assert.Equal(["escalate"], h.OpenTaskElements);
        Assert.Equal(2, h.LastEffects.OfType<TaskCancelled>().Count());
        Assert.DoesNotContain(h.State!.Tokens, t => t.ElementId == "sign");
        Assert.False(h.State.Variables.ContainsKey("opinions"));
    }

    [Fact]
    public void MultiInstance_Sequential_CreatesNextInstanceOnlyAfterPreviousCompletes()
    {
        var h = Harness.For("MultiInstance/sequential.bpmn").Start(new { approvers = Approvers, quorum = 3 });
        Assert.Equal(["a"], h.State!.Tasks.Select(t => t.Assignee));
        Complete(h, "a", "1");
        Assert.Equal(["b"], h.State!.Tasks.Select(t => t.Assignee));
        Complete(h, "b", "2");
        Complete(h, "c", "3");
        Assert.Equal(["1", "2", "3"], h.Var("opinions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["done"], h.OpenTaskElements);
    }

    [Fact]
    public void MultiInstance_InnerVariablesStayLocal()
    {
        var h = Harness.For("MultiInstance/countersign.bpmn").Start(new { approvers = Approvers, quorum = 3 });
        Assert.False(h.State!.Variables.ContainsKey("approver"));
        Assert.False(h.State.Variables.ContainsKey("loopCounter"));
    }
}
