using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.SubProcesses;

public class SubProcessTests
{
    [Fact]
    public void SubProcess_AllInnerPathsEnd_CompletesAndContinues()
    {
        var h = Harness.For("SubProcesses/embedded.bpmn").Start();
        Assert.Equal(["check", "sideNote"], h.OpenTaskElements.Order());
        var scope = h.State!.Tokens.Single(t => t.ElementId == "review");
        Assert.All(h.State.Tokens.Where(t => t.ElementId is "check" or "sideNote"), t => Assert.Equal(scope.Id, t.ParentId));
        h.Complete("check", new { verdict = "ok" });
        Assert.Equal(["sideNote"], h.OpenTaskElements); // scope waits for its other path
        h.Complete("sideNote");
        Assert.Equal(["after"], h.OpenTaskElements);
        Assert.False(h.State!.Variables.ContainsKey("rounds")); // input mapping was local to the sub-process
    }

    [Fact]
    public void ErrorEndEvent_InsideSubProcess_CaughtByBoundaryCancelsSiblings()
    {
        var h = Harness.For("SubProcesses/embedded.bpmn").Start();
        h.Complete("check", new { verdict = "reject" });
        Assert.Equal(["fix"], h.OpenTaskElements);
        Assert.Contains(h.LastEffects, e => e is TaskCancelled { ElementId: "sideNote" });
        Assert.DoesNotContain(h.State!.Tokens, t => t.ElementId == "review");
    }

    [Fact]
    public void TerminateEndEvent_InsideSubProcess_EndsOnlyTheSubProcess()
    {
        var h = Harness.For("SubProcesses/embedded.bpmn").Start();
        h.Complete("check", new { verdict = "stop" });
        Assert.Equal(["after"], h.OpenTaskElements);
        Assert.Equal(InstanceStatus.Running, h.Status);
    }

    [Fact]
    public void TerminateEndEvent_AtProcessLevel_TerminatesInstanceAndCancelsOtherBranches()
    {
        var h = Harness.For("SubProcesses/terminate.bpmn").Start();
        h.Complete("a");
        Assert.Equal(InstanceStatus.Terminated, h.Status);
        Assert.Contains(h.LastEffects, e => e is TaskCancelled { ElementId: "b" });
        Assert.Contains(h.LastEffects, e => e is InstanceEnded { Status: InstanceStatus.Terminated });
        Assert.Empty(h.State!.Tokens);
    }
}
