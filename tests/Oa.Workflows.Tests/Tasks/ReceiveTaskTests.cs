using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Tasks;

public class ReceiveTaskTests
{
    [Fact]
    public void ReceiveTask_MessageWithMatchingKey_Continues()
    {
        var h = Harness.For("Tasks/receive-task.bpmn").Start(new { contractNo = "HT-7" });
        h.Complete("prepare");
        var sub = Assert.Single(h.State!.Subscriptions);
        Assert.Equal(("contractSigned", "HT-7"), (sub.Name, sub.CorrelationKey));
        h.Run(new CorrelateMessage("contractSigned", "HT-7", Vars.Of(new { signedBy = "王总" })));
        Assert.Equal(["archive"], h.OpenTaskElements);
        Assert.Equal("王总", h.Var("signedBy").GetString());
    }

    [Fact]
    public void Message_ArrivingBeforeCatchIsActive_IsBufferedWithTtlAndCorrelatedLater()
    {
        var h = Harness.For("Tasks/receive-task.bpmn").Start(new { contractNo = "HT-7" });
        h.Run(new CorrelateMessage("contractSigned", "HT-7", Vars.Of(new { early = true }), TimeSpan.FromHours(1)));
        Assert.Single(h.State!.MessageBuffer);
        h.Complete("prepare");
        Assert.Equal(["archive"], h.OpenTaskElements);
        Assert.Empty(h.State!.MessageBuffer);
        Assert.True(h.Var("early").GetBoolean());
    }

    [Fact]
    public void Message_BufferedButExpired_IsDroppedAndCatchKeepsWaiting()
    {
        var h = Harness.For("Tasks/receive-task.bpmn").Start(new { contractNo = "HT-7" });
        h.Run(new CorrelateMessage("contractSigned", "HT-7", null, TimeSpan.FromMinutes(5)));
        h.Now = h.Now.AddMinutes(10);
        h.Complete("prepare");
        Assert.Empty(h.OpenTaskElements);
        Assert.Single(h.State!.Subscriptions);
        Assert.Empty(h.State!.MessageBuffer);
    }

    [Fact]
    public void Message_ArrivingBeforeCatchWithoutTtl_IsRejectedClearly()
    {
        var h = Harness.For("Tasks/receive-task.bpmn").Start(new { contractNo = "HT-7" });
        var ex = Assert.Throws<EngineException>(() => h.Run(new CorrelateMessage("contractSigned", "HT-7")));
        Assert.Equal(EngineErrorCode.MessageNotCorrelated, ex.Code);
    }
}
