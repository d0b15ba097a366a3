using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Gateways;

public class ExclusiveGatewayTests
{
    [Fact]
    public void ExclusiveGateway_ConditionHolds_TakesThatFlow()
    {
        var h = Harness.For("Gateways/exclusive-loop.bpmn").Start();
        h.Complete("submit").Complete("review", new { approved = true });
        Assert.Equal(InstanceStatus.Completed, h.Status);
        Assert.Empty(h.State!.Tokens);
    }

    [Fact]
    public void ExclusiveGateway_LoopBack_ReactivatesEarlierTaskThenCompletes()
    {
        var h = Harness.For("Gateways/exclusive-loop.bpmn").Start();
        h.Complete("submit").Complete("review", new { approved = false });
        Assert.Equal(["submit"], h.OpenTaskElements);
        h.Complete("submit").Complete("review", new { approved = true });
        Assert.Equal(InstanceStatus.Completed, h.Status);
        Assert.Equal(2, h.CountHistory("TaskCompleted", "submit"));
    }

    [Fact]
    public void ExclusiveGateway_NoConditionHoldsAndNoDefault_RaisesIncident()
    {
        var h = Harness.For("Gateways/exclusive-no-default.bpmn").Start(new { amount = 500 });
        Assert.Equal(InstanceStatus.Incident, h.Status);
        var incident = Assert.Single(h.State!.Incidents);
        Assert.Equal("decide", incident.ElementId);
        Assert.Equal("NoFlowSelected", incident.Kind);
    }

    [Fact]
    public void ExclusiveGateway_IncidentResolvedAfterVariableFix_Continues()
    {
        var h = Harness.For("Gateways/exclusive-no-default.bpmn").Start(new { amount = 500 });
        h.Run(new ModifyInstance(Variables: Vars.Of(new { amount = 5000 })));
        h.Run(new ResolveIncident(h.State!.Incidents[0].IncidentId));
        Assert.Equal(InstanceStatus.Running, h.Status);
        Assert.Equal(["big"], h.OpenTaskElements);
    }
}
