using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Modification;

public class ModifyInstanceTests
{
    private static Harness Started() => Harness.For("Modification/parallel-return.bpmn").Start().Complete("apply");

    [Fact]
    public void ReturnToNode_InsideParallelBranch_OtherBranchAndJoinUnaffected()
    {
        var h = Started();
        h.Complete("finance");          // finance's arrival waits at the join
        h.Complete("legal1");
        h.Run(new ModifyInstance(CancelElementIds: ["legal2"], ActivateElementIds: ["legal1"], User: "admin"));
        Assert.Equal(["legal1"], h.OpenTaskElements);
        Assert.Contains(h.State!.Tokens, t => t.ElementId == "join" && t.State == TokenState.Joining);
        h.Complete("legal1").Complete("legal2");
        Assert.Equal(["boss"], h.OpenTaskElements);
        Assert.Equal(1, h.CountHistory("TaskCreated", "boss"));
    }

    [Fact]
    public void ReturnToNode_BeforeTheSplit_CancelsBothBranchesAndJoinArrivals()
    {
        var h = Started();
        h.Complete("finance");
        h.Run(new ModifyInstance(CancelElementIds: ["legal1", "join"], ActivateElementIds: ["apply"]));
        Assert.Equal(["apply"], h.OpenTaskElements);
        Assert.Equal(["apply"], h.ActiveElements);
        h.Complete("apply");
        Assert.Equal(["finance", "legal1"], h.OpenTaskElements.Order());
    }

    [Fact]
    public void Modify_CancelEverythingWithoutActivation_CompletesInstance()
    {
        var h = Started();
        h.Run(new ModifyInstance(CancelElementIds: ["legal1", "finance"]));
        Assert.Equal(InstanceStatus.Completed, h.Status);
    }

    [Fact]
    public void Modify_UnknownElement_FailsWithoutChange()
    {
        var h = Started();
        var before = InstanceStateSerializer.Serialize(h.State!);
        Assert.Equal(EngineErrorCode.ElementNotFound, Assert.Throws<EngineException>(() => h.Run(new ModifyInstance(ActivateElementIds: ["nope"]))).Code);
        Assert.Equal(EngineErrorCode.TokenNotFound, Assert.Throws<EngineException>(() => h.Run(new ModifyInstance(CancelElementIds: ["boss"]))).Code);
        Assert.Equal(before, InstanceStateSerializer.Serialize(h.State!));
    }

    [Fact]
    public void Modify_IntoSubProcess_CreatesTheScope()
    {
        var h = Harness.For("SubProcesses/embedded.bpmn").Start();
        h.Complete("check", new { verdict = "ok" }).Complete("sideNote");
        h.Run(new ModifyInstance(CancelElementIds: ["after"], ActivateElementIds: ["check"]));
        var check = h.State!.Tokens.Single(t => t.ElementId == "check");
        Assert.Equal("review", h.State.Tokens.Single(t => t.Id == check.ParentId).ElementId);
        h.Complete("check", new { verdict = "ok" });
        Assert.Equal(["after"], h.OpenTaskElements);
    }

    [Fact]
    public void SuspendedInstance_RejectsCommandsUntilResumed()
    {
        var h = Started();
        h.Run(new Suspend("admin"));
        Assert.Equal(InstanceStatus.Suspended, h.Status);
        var ex = Assert.Throws<EngineException>(() => h.Complete("finance"));
        Assert.Equal(EngineErrorCode.InstanceSuspended, ex.Code);
        h.Run(new Resume("admin"));
        h.Complete("finance");
        Assert.Equal(InstanceStatus.Running, h.Status);
    }

    [Fact]
    public void CancelInstance_CancelsAllTasksAndEnds()
    {
        var h = Started();
        h.Run(new CancelInstance("撤回", "zhangsan"));
        Assert.Equal(InstanceStatus.Cancelled, h.Status);
        Assert.Equal(2, h.LastEffects.OfType<TaskCancelled>().Count());
        Assert.Empty(h.State!.Tasks);
        Assert.Equal(EngineErrorCode.InstanceNotRunning, Assert.Throws<EngineException>(() => h.Run(new Resume())).Code);
    }

    [Fact]
    public void History_RecordsEveryStateChange()
    {
        var h = Started();
        var types = h.Effects.OfType<HistoryEvent>().Select(e => e.Type).ToHashSet();
        Assert.Superset(new HashSet<string> { "InstanceStarted", "ElementActivated", "ElementCompleted", "TaskCreated", "TaskCompleted" }, types);
        Assert.All(h.Effects.OfType<HistoryEvent>(), e => Assert.Equal(h.Now, e.Timestamp));
    }
}
