using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Events;

// Timer start events whose timeDate / timeCycle are FEEL, evaluated once at deploy (no instance yet).
public class TimerStartTests
{
    private static (WorkflowRuntime Runtime, TestClock Clock) Deployed()
    {
        var clock = new TestClock(Harness.T0);
        var runtime = new WorkflowRuntime(new InMemoryInstanceStore(), clock);
        Assert.True(runtime.Deploy(Fixture.Text("Events/timer-start.bpmn")).IsValid);
        return (runtime, clock);
    }

    [Fact]
    public void StartTimers_FeelDateAndCycle_AreScheduled_BrokenFeelIsReported()
    {
        var processes = Oa.Workflows.Parsing.BpmnParser.Parse(Fixture.Text("Events/timer-start.bpmn")).Processes;
        var problems = new List<string>();
        var date = Assert.Single(StartTimers.Of(processes.Single(p => p.Key == "feel_date"), Harness.T0, Ports.FeelExpressionEvaluator.Instance));
        Assert.Equal(Harness.T0.AddDays(1), date.DueAt);
        var cycle = Assert.Single(StartTimers.Of(processes.Single(p => p.Key == "feel_cycle"), Harness.T0, Ports.FeelExpressionEvaluator.Instance));
        Assert.Equal((Harness.T0.AddHours(1), "PT1H", (int?)1), (cycle.DueAt, cycle.Cycle, cycle.RepeatsLeft));
        Assert.Empty(StartTimers.Of(processes.Single(p => p.Key == "feel_broken"), Harness.T0, Ports.FeelExpressionEvaluator.Instance, problems));
        Assert.Contains("brokenStart", Assert.Single(problems));
    }

    [Fact]
    public async Task Tick_FeelTimerStarts_StartInstancesWhenDue()
    {
        var (runtime, clock) = Deployed();
        Assert.Equal(0, await runtime.TickAsync());
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await runtime.TickAsync()); // the cycle's first firing
        Assert.Equal(["cycleTask"], runtime.OpenTasks.Select(t => t.ElementId));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await runtime.TickAsync()); // R2: its second and last
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await runtime.TickAsync()); // the date
        Assert.Equal(["cycleTask", "cycleTask", "dateTask"], runtime.OpenTasks.Select(t => t.ElementId).Order());
        Assert.Equal(0, await runtime.TickAsync());
    }

    [Fact]
    public void Next_CycleUsedUp_ReturnsNull()
    {
        var last = new StartTimers.Schedule("s", Harness.T0, "PT1H", 0);
        Assert.Null(StartTimers.Next(last));
        Assert.Equal(Harness.T0.AddHours(1), StartTimers.Next(last with { RepeatsLeft = null })!.DueAt);
    }
}
