using Oa.Workflows.Runtime;

namespace Oa.Workflows.Tests.Runtime;

public sealed class EffectLogTests
{
    private const string Xml = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
          <bpmn:process id="p" isExecutable="true">
            <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t1" />
            <bpmn:userTask id="t1" /><bpmn:sequenceFlow id="f2" sourceRef="t1" targetRef="e" />
            <bpmn:endEvent id="e" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task RecordEffectsOff_RuntimeKeepsNoEffectLog_ButStillRuns()
    {
        var runtime = new WorkflowRuntime(new InMemoryInstanceStore()) { RecordEffects = false };
        Assert.True(runtime.Deploy(Xml).IsValid);
        var state = await runtime.StartAsync("p");
        Assert.Single(state.Tasks);
        Assert.Empty(runtime.EffectLog);
    }

    [Fact]
    public async Task RecordEffectsDefault_RuntimeLogsEffects()
    {
        var runtime = new WorkflowRuntime(new InMemoryInstanceStore());
        runtime.Deploy(Xml);
        await runtime.StartAsync("p");
        Assert.Contains(runtime.EffectLog, e => e is TaskCreated);
    }
}

public sealed class FiredTimerTests
{
    private const string Xml = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
          <bpmn:process id="w" isExecutable="true">
            <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="wait" />
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="t1" />
            <bpmn:userTask id="t1" /><bpmn:sequenceFlow id="f3" sourceRef="t1" targetRef="e" />
            <bpmn:endEvent id="e" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task FiredTimer_LeavesTheDueList_SoTheNextTickDoesNotFireItAgain()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-12-01T08:00:00Z"));
        var runtime = new WorkflowRuntime(new InMemoryInstanceStore(), clock);
        runtime.Deploy(Xml);
        await runtime.StartAsync("w");
        Assert.Single(runtime.ScheduledTimers);
        clock.Now = clock.Now.AddHours(2);
        Assert.Equal(1, await runtime.TickAsync());
        Assert.Empty(runtime.ScheduledTimers);
        Assert.Equal(0, await runtime.TickAsync());
        Assert.Empty(runtime.FollowUpFailures);
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
