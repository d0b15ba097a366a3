using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Events;

public class TimerEventTests
{
    private sealed class Notify : IServiceTaskHandler
    {
        public int Calls;
        public string Type => "notify";
        public bool IsAsync => false;
        public ServiceTaskResult Execute(ServiceTaskRequest request) { Calls++; return ServiceTaskResult.Done; }
    }

    private static (Harness, Notify) Started()
    {
        var notify = new Notify();
        var h = Harness.For("Events/timers.bpmn");
        h.Handlers = new ServiceTaskHandlers(notify);
        h.Start(new { timeout = "PT10H", applicationId = "SQ-1" });
        return (h, notify);
    }

    [Fact]
    public void BoundaryTimers_ActivityEntered_ScheduledAsEffectsWithDueTimes()
    {
        var (h, _) = Started();
        var scheduled = h.Effects.OfType<TimerScheduled>().ToDictionary(t => t.ElementId);
        Assert.Equal(Harness.T0.AddHours(1), scheduled["remind"].DueAt);
        Assert.Equal("PT1H", scheduled["remind"].Cycle);
        Assert.Equal(Harness.T0.AddHours(10), scheduled["timeout"].DueAt);
    }

    [Fact]
    public void NonInterruptingCycle_R3_FiresThreeTimesKeepingTheTask()
    {
        var (h, notify) = Started();
        h.FireTimer("remind");
        h.FireTimer("remind");
        h.FireTimer("remind");
        Assert.Equal(3, notify.Calls);
        Assert.DoesNotContain(h.State!.Timers, t => t.ElementId == "remind");
        Assert.Equal(["approve"], h.OpenTaskElements);
        Assert.Equal(Harness.T0.AddHours(3), h.Now);
    }

    [Fact]
    public void InterruptingTimer_Fires_CancelsTaskAndOtherBoundaries()
    {
        var (h, _) = Started();
        h.FireTimer("timeout");
        Assert.Equal(["autoReject"], h.OpenTaskElements);
        Assert.Empty(h.State!.Timers);
        Assert.Empty(h.State.Subscriptions);
        Assert.Contains(h.LastEffects, e => e is TaskCancelled { ElementId: "approve" });
    }

    [Fact]
    public void TaskCompleted_CancelsItsBoundaryTimers()
    {
        var (h, _) = Started();
        h.Complete("approve");
        Assert.Equal(3, h.LastEffects.OfType<TimerCancelled>().Count(t => t.ElementId is "remind" or "timeout") + h.LastEffects.OfType<MessageSubscriptionClosed>().Count());
        var cool = Assert.Single(h.State!.Timers);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), cool.DueAt);
    }

    [Fact]
    public void IntermediateTimer_Fires_Continues()
    {
        var (h, _) = Started();
        h.Complete("approve");
        h.FireTimer("cool");
        Assert.Equal(InstanceStatus.Completed, h.Status);
    }

    [Fact]
    public void NonInterruptingMessageBoundary_CanCorrelateRepeatedly()
    {
        var (h, notify) = Started();
        h.Run(new CorrelateMessage("urge", "SQ-1"));
        h.Run(new CorrelateMessage("urge", "SQ-1"));
        Assert.Equal(2, notify.Calls);
        Assert.Equal(["approve"], h.OpenTaskElements);
    }

    [Fact]
    public void FireTimer_Unknown_FailsWithTimerNotFound()
    {
        var (h, _) = Started();
        Assert.Equal(EngineErrorCode.TimerNotFound, Assert.Throws<EngineException>(() => h.Run(new FireTimer("inst.404"))).Code);
    }

    [Theory]
    [InlineData("R3/PT1H", 1, 2)]
    [InlineData("R/P1D", 24, null)]
    [InlineData("R2/2026-03-02T12:00:00Z/PT30M", 3, 1)]
    public void Iso8601_Cycles_ScheduleFirstDueAndRepeats(string cycle, int hours, int? repeatsLeft)
    {
        Assert.True(Iso8601.TryScheduleTimer(Model.TimerKind.Cycle, cycle, Harness.T0, out var due, out _, out var left, out _));
        Assert.Equal(Harness.T0.AddHours(hours), due);
        Assert.Equal(repeatsLeft, left);
    }

    [Theory]
    [InlineData("P1Y2M3DT4H5M6S", true)]
    [InlineData("P2W", true)]
    [InlineData("PT", false)]
    [InlineData("1 hour", false)]
    public void Iso8601_Durations_ParseOrReject(string text, bool ok) => Assert.Equal(ok, Iso8601.TryParseDuration(text, out _));
}
