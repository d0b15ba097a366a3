using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Gateways;

public class EventBasedGatewayTests
{
    [Fact]
    public void EventBasedGateway_MessageFirst_CancelsTimerAndFollowsMessage()
    {
        var h = Harness.For("Gateways/event-based.bpmn").Start(new { orderId = "A-1" });
        Assert.Single(h.State!.Timers);
        Assert.Single(h.State!.Subscriptions);
        h.Run(new CorrelateMessage("paid", "A-1", Vars.Of(new { paidAmount = 12 })));
        Assert.Equal(["ship"], h.OpenTaskElements);
        Assert.Empty(h.State!.Timers);
        Assert.Contains(h.LastEffects, e => e is TimerCancelled);
        Assert.Equal(12, h.Var("paidAmount").GetInt32());
    }

    [Fact]
    public void EventBasedGateway_TimerFirst_ClosesSubscription()
    {
        var h = Harness.For("Gateways/event-based.bpmn").Start(new { orderId = "A-1" });
        Assert.Equal(Harness.T0.AddDays(1), h.State!.Timers[0].DueAt);
        h.FireTimer("late");
        Assert.Equal(["remind"], h.OpenTaskElements);
        Assert.Empty(h.State!.Subscriptions);
        Assert.Contains(h.LastEffects, e => e is MessageSubscriptionClosed);
    }

    [Fact]
    public void EventBasedGateway_WrongCorrelationKey_IsRejected()
    {
        var h = Harness.For("Gateways/event-based.bpmn").Start(new { orderId = "A-1" });
        var ex = Assert.Throws<EngineException>(() => h.Run(new CorrelateMessage("paid", "B-2")));
        Assert.Equal(EngineErrorCode.MessageNotCorrelated, ex.Code);
    }
}
