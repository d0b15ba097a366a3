using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Gateways;

public class ParallelGatewayTests
{
    [Fact]
    public void ParallelGateway_Split_CreatesTaskOnEveryBranch()
    {
        var h = Harness.For("Gateways/parallel.bpmn").Start();
        Assert.Equal(["a", "b"], h.OpenTaskElements.Order());
    }

    [Fact]
    public void ParallelGateway_JoinsAfterAllBranches_ContinuesOnce()
    {
        var h = Harness.For("Gateways/parallel.bpmn").Start();
        h.Complete("a");
        Assert.Equal(["b"], h.OpenTaskElements);
        Assert.Contains(h.State!.Tokens, t => t.ElementId == "join" && t.State == TokenState.Joining);
        h.Complete("b");
        Assert.Equal(["c"], h.OpenTaskElements);
        Assert.Single(h.State!.Tokens);
        h.Complete("c");
        Assert.Equal(InstanceStatus.Completed, h.Status);
        Assert.Equal(1, h.CountHistory("TaskCreated", "c"));
    }
}
