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
