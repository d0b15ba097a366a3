using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Gateways;

public class InclusiveGatewayTests
{
    [Fact]
    public void InclusiveGateway_Split_TakesEveryFlowWhoseConditionHolds()
    {
        var h = Harness.For("Gateways/inclusive.bpmn").Start(new { amount = 5000, needsLegal = true });
        Assert.Equal(["finance", "legal"], h.OpenTaskElements.Order());
    }

    [Fact]
    public void InclusiveGateway_NoConditionHolds_TakesDefault()
    {
        var h = Harness.For("Gateways/inclusive.bpmn").Start(new { amount = 10, needsLegal = false });
        Assert.Equal(["clerk"], h.OpenTaskElements);
        h.Complete("clerk");
        Assert.Equal(["archive"], h.OpenTaskElements);
    }

    [Fact]
    public void InclusiveGateway_JoinAfterUntakenBranch_ContinuesOnce()
    {
        var h = Harness.For("Gateways/inclusive.bpmn").Start(new { amount = 5000, needsLegal = false });
        Assert.Equal(["finance"], h.OpenTaskElements);
        h.Complete("finance");
        Assert.Equal(["archive"], h.OpenTaskElements);
        h.Complete("archive");
        Assert.Equal(InstanceStatus.Completed, h.Status);
        Assert.Equal(1, h.CountHistory("TaskCreated", "archive"));
    }

    [Fact]
    public void InclusiveGateway_JoinWaitsForBranchThatCanStillArrive()
    {
        var h = Harness.For("Gateways/inclusive.bpmn").Start(new { amount = 5000, needsLegal = true });
        h.Complete("finance");
        Assert.Equal(["legal"], h.OpenTaskElements);
        h.Complete("legal");
        Assert.Equal(["legal2"], h.OpenTaskElements); // still upstream of the join: keep waiting
        h.Complete("legal2");
        Assert.Equal(["archive"], h.OpenTaskElements);
        Assert.Equal(1, h.CountHistory("TaskCreated", "archive"));
    }
}
