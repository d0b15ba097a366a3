using Oa.Workflows.Nodes;
using Oa.Workflows.Parsing;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Parsing;

public class BpmnParserTests
{
    private const string Flow = """
        <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t" />
        <bpmn:userTask id="t" /><bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e" /><bpmn:endEvent id="e" />
        """;

    private static BpmnParseResult Parse(string content, string extra = "") => BpmnParser.ParseUncached(Bpmn.Wrap(content, extra));

    private static BpmnProblem Single(BpmnParseResult result, string elementId)
    {
        Assert.False(result.IsValid);
        Assert.Empty(result.Processes);
        return Assert.Single(result.Problems, p => p.ElementId == elementId);
    }

    [Fact]
    public void Parse_DuplicateIdInOneScope_IsReportedOnTheSecondElement()
    {
        var problem = Single(Parse(Flow + """<bpmn:userTask id="t" />"""), "t");
        Assert.Contains("Duplicate id 't'", problem.Message);
    }

    [Fact]
    public void Parse_IdRepeatedInsideASubProcess_IsReportedAsDuplicate()
    {
        var result = Parse("""
            <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="sub" />
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="s2" /><bpmn:sequenceFlow id="g1" sourceRef="s2" targetRef="e" /><bpmn:endEvent id="e" />
            </bpmn:subProcess>
            <bpmn:sequenceFlow id="f2" sourceRef="sub" targetRef="e" /><bpmn:endEvent id="e" />
            """);
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.ElementId == "e" && p.Message.Contains("Duplicate id 'e'"));
    }

    [Fact]
    public void Parse_ValidModel_BuildsGraphWithAdjacency()
    {
        var result = Parse(Flow);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var process = Assert.Single(result.Processes);
        var task = Assert.IsType<UserTask>(process.Node("t"));
        Assert.Equal("s", task.Incoming.Single().Source.Id);
        Assert.Equal("e", task.Outgoing.Single().Target.Id);
        Assert.Equal(process.StartEvents.Single(), process.NoneStartEvent);
        Assert.Equal(64, process.ContentHash.Length);
    }

    [Fact]
    public void Parse_MalformedXml_ReportsLineWithoutThrowing()
    {
        var result = BpmnParser.Parse("<a>\n<b></a>");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("Malformed XML", problem.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<definitions/>")]
    [InlineData("<x:definitions xmlns:x='http://www.omg.org/spec/BPMN/20100524/MODEL'><x:process id='p'><x:sequenceFlow id='f'/></x:process></x:definitions>")]
    public void Parse_Garbage_NeverThrows(string xml) => Assert.False(BpmnParser.Parse(xml).IsValid);

    [Fact]
    public void Parse_SameText_ReturnsCachedDefinition() =>
        Assert.Same(BpmnParser.Parse(Bpmn.Wrap(Flow)).Processes[0], BpmnParser.Parse(Bpmn.Wrap(Flow)).Processes[0]);

    [Fact]
    public void Parse_ScriptTask_RejectedWithIdLineAndReason()
    {
        var problem = Single(Parse(Flow.Replace("""<bpmn:userTask id="t" />""", """<bpmn:scriptTask id="t" />""")), "t");
        Assert.Contains("script", problem.Message);
        Assert.NotNull(problem.Line);
    }

    [Theory]
    [InlineData("""<bpmn:complexGateway id="x" />""", "complex")]
    [InlineData("""<bpmn:transaction id="x" />""", "transaction")]
    [InlineData("""<bpmn:intermediateThrowEvent id="x"><bpmn:signalEventDefinition /></bpmn:intermediateThrowEvent>""", "signal")]
    [InlineData("""<bpmn:intermediateThrowEvent id="x"><bpmn:compensateEventDefinition /></bpmn:intermediateThrowEvent>""", "compensate")]
    [InlineData("""<bpmn:subProcess id="x" triggeredByEvent="true" />""", "Event sub-processes")]
    [InlineData("""<bpmn:task id="x"><bpmn:standardLoopCharacteristics /></bpmn:task>""", "Standard loops")]
    [InlineData("""<bpmn:serviceTask id="x" />""", "taskDefinition")]
    [InlineData("""<bpmn:businessRuleTask id="x"><bpmn:extensionElements><zeebe:calledDecision decisionId="d" resultVariable="r" /></bpmn:extensionElements></bpmn:businessRuleTask>""", "DMN")]
    [InlineData("""<bpmn:intermediateCatchEvent id="x"><bpmn:timerEventDefinition><bpmn:timeDuration>one hour</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""", "ISO-8601")]
    [InlineData("""<bpmn:callActivity id="x" />""", "calledElement")]
    public void Parse_UnsupportedOrIncomplete_RejectedWithReason(string element, string reason)
    {
        var problem = Single(Parse(Flow + element), "x");
        Assert.Contains(reason, problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_FlowToMissingTarget_Rejected()
    {
        var problem = Single(Parse(Flow + """<bpmn:sequenceFlow id="bad" sourceRef="t" targetRef="ghost" />"""), "bad");
        Assert.Contains("ghost", problem.Message);
    }

    [Fact]
    public void Parse_ExclusiveGatewayWithUnconditionedFlow_Rejected()
    {
        var result = Parse("""
            <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="g" />
            <bpmn:exclusiveGateway id="g" />
            <bpmn:sequenceFlow id="a" sourceRef="g" targetRef="e1"><bpmn:conditionExpression>=x</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="b" sourceRef="g" targetRef="e2" />
            <bpmn:endEvent id="e1" /><bpmn:endEvent id="e2" />
            """);
        Assert.Contains("neither a condition nor", Single(result, "b").Message);
    }

    [Fact]
    public void Parse_GatewayWithoutOutgoing_Rejected() =>
        Assert.Contains("no outgoing", Single(Parse("""<bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="g" /><bpmn:parallelGateway id="g" />"""), "g").Message);

    [Fact]
    public void Parse_UnreachableNode_Rejected() =>
        Assert.Contains("Unreachable", Single(Parse(Flow + """<bpmn:userTask id="island" />"""), "island").Message);

    [Fact]
    public void Parse_UnparsableFeelCondition_Rejected()
    {
        var result = Parse("""
            <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="g" />
            <bpmn:exclusiveGateway id="g" default="b" />
            <bpmn:sequenceFlow id="a" sourceRef="g" targetRef="e1"><bpmn:conditionExpression>=x &gt;&gt;&gt; (</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="b" sourceRef="g" targetRef="e2" />
            <bpmn:endEvent id="e1" /><bpmn:endEvent id="e2" />
            """);
        Assert.Contains("Unparsable FEEL", Single(result, "a").Message);
    }

    [Fact]
    public void Parse_JuelCondition_RejectedWithFeelHint()
    {
        var xml = File.ReadAllText(Fixture.Shared("bench/peer/approval.bpmn"));
        var result = BpmnParser.Parse(xml);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("fApprove", problem.ElementId);
        Assert.Contains("not FEEL", problem.Message);
    }

    [Fact]
    public void Parse_NonExecutableArtifacts_Accepted()
    {
        var result = Parse(Flow + """
            <bpmn:laneSet id="ls"><bpmn:lane id="l1"><bpmn:flowNodeRef>t</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
            <bpmn:textAnnotation id="ta"><bpmn:text>note</bpmn:text></bpmn:textAnnotation>
            <bpmn:association id="as" sourceRef="t" targetRef="ta" />
            <bpmn:dataObject id="do" /><bpmn:dataObjectReference id="dor" dataObjectRef="do" />
            <bpmn:group id="g1" />
            """);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public void Parse_UserTask_KeepsRawExtensionElementsForApprovals()
    {
        var xml = Bpmn.Wrap(Flow.Replace("""<bpmn:userTask id="t" />""",
            """<bpmn:userTask id="t"><bpmn:extensionElements><oa:approval xmlns:oa="http://oa.dev/schema/bpmn/oa" method="any"><oa:approver type="role" value="财务" /></oa:approval></bpmn:extensionElements></bpmn:userTask>"""));
        var parsed = BpmnParser.ParseUncached(xml);
        Assert.True(parsed.IsValid, string.Join("\n", parsed.Problems));
        var task = (UserTask)parsed.Processes[0].Node("t")!;
        var approval = Assert.Single(task.ExtensionElements);
        Assert.Equal("any", approval.Attribute("method"));
        Assert.Equal("财务", approval.Children.Single().Attribute("value"));
        Assert.NotNull(approval.Line);
    }

    [Fact]
    public void Parse_CollaborationWithEmptyPartnerPool_AcceptsTheExecutableProcess()
    {
        var xml = Bpmn.Wrap(Flow, """
            <bpmn:collaboration id="c"><bpmn:participant id="p1" processRef="p" /><bpmn:participant id="p2" processRef="partner" /></bpmn:collaboration>
            <bpmn:process id="partner" isExecutable="false" />
            """);
        var result = BpmnParser.ParseUncached(xml);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("p", Assert.Single(result.Processes).Key);
    }

    [Fact]
    public void Parse_NonExecutablePartnerPoolBesideExecutableOne_IsNotValidated()
    {
        var xml = Bpmn.Wrap(Flow, """
            <bpmn:process id="partner" isExecutable="false">
              <bpmn:startEvent id="ps" /><bpmn:sequenceFlow id="pf" sourceRef="ps" targetRef="script" /><bpmn:scriptTask id="script" />
            </bpmn:process>
            """);
        var result = BpmnParser.ParseUncached(xml);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("p", Assert.Single(result.Processes).Key);
    }
}
