using System.Text;

namespace Oa.Workflows.Tests.Fuzz;

/// <summary>
/// Seeded random process graphs written as BPMN XML: random node kinds, random flows (cycles, dangling refs,
/// unreachable nodes, missing ends), random timers, conditions and multi-instance settings. Many are valid models,
/// the rest must be rejected with problems.
/// </summary>
public sealed class BpmnGenerator(Random random)
{
    private static readonly string[] Kinds =
    [
        "userTask", "userTask", "userTask", "serviceTask", "receiveTask", "exclusiveGateway", "parallelGateway", "inclusiveGateway",
        "eventBasedGateway", "intermediateCatchEvent", "endEvent", "subProcess", "callActivity", "scriptTask", "manualTask",
    ];

    private static readonly string[] Expressions =
    [
        "=true", "=false", "=x > 1", "=x = null", "=count(items) > 2", "=\"a\"", "=1 +", "=if x then 1 else", "=date(\"2026-01-01\")", "x", "",
    ];

    private static readonly string[] Durations = ["PT1S", "PT1H", "P1D", "R3/PT10M", "P", "PT-1S", "=duration(\"PT5M\")", "2026-12-01T10:00:00Z", "later"];

    public string Next()
    {
        var n = random.Next(1, 14);
        var ids = Enumerable.Range(0, n).Select(i => "N" + i).ToList();
        var sb = new StringBuilder();
        sb.Append("""<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:oa="http://oa.dev/schema/bpmn/oa" id="D" targetNamespace="t">""");
        if (random.Next(4) == 0) sb.Append("""<bpmn:message id="M1" name="m"><bpmn:extensionElements><zeebe:subscription correlationKey="=k" /></bpmn:extensionElements></bpmn:message>""");
        sb.Append($"""<bpmn:process id="P{random.Next(3)}" isExecutable="{(random.Next(8) == 0 ? "false" : "true")}">""");
        if (random.Next(8) != 0) sb.Append("""<bpmn:startEvent id="S" />""");
        for (var i = 0; i < n; i++) Node(sb, ids[i], ids);
        var flows = random.Next(n, n * 2 + 2);
        var all = ids.Append("S").ToList();
        for (var f = 0; f < flows; f++)
        {
            var from = f == 0 ? "S" : all[random.Next(all.Count)];
            var to = random.Next(30) == 0 ? "Missing" : ids[random.Next(n)];
            sb.Append($"""<bpmn:sequenceFlow id="F{f}" sourceRef="{from}" targetRef="{to}">""");
            if (random.Next(3) == 0) sb.Append($"<bpmn:conditionExpression>{Escape(Pick(Expressions))}</bpmn:conditionExpression>");
            sb.Append("</bpmn:sequenceFlow>");
        }
        sb.Append("</bpmn:process></bpmn:definitions>");
        return sb.ToString();
    }

    private void Node(StringBuilder sb, string id, List<string> ids)
    {
        var kind = Pick(Kinds);
        var attrs = kind switch
        {
            "exclusiveGateway" or "inclusiveGateway" when random.Next(2) == 0 => $" default=\"F{random.Next(20)}\"",
            "callActivity" => $" calledElement=\"{(random.Next(2) == 0 ? "P0" : "")}\"",
            _ => "",
        };
        sb.Append($"<bpmn:{kind} id=\"{id}\" name=\"{id}\"{attrs}>");
        switch (kind)
        {
            case "userTask" when random.Next(2) == 0:
                sb.Append($"""<bpmn:extensionElements><zeebe:assignmentDefinition assignee="{Escape(Pick(["u1", "=initiator", "=", "=x."]))}" /></bpmn:extensionElements>""");
                break;
            case "serviceTask":
                sb.Append($"""<bpmn:extensionElements><zeebe:taskDefinition type="{Pick(["noop", "", "unknown", "oa:ledger-upsert"])}" /></bpmn:extensionElements>""");
                break;
            case "intermediateCatchEvent":
                sb.Append(random.Next(2) == 0
                    ? $"<bpmn:timerEventDefinition><bpmn:timeDuration>{Escape(Pick(Durations))}</bpmn:timeDuration></bpmn:timerEventDefinition>"
                    : "<bpmn:messageEventDefinition messageRef=\"M1\" />");
                break;
            case "endEvent" when random.Next(4) == 0:
                sb.Append(random.Next(2) == 0 ? "<bpmn:terminateEventDefinition />" : "<bpmn:errorEventDefinition errorRef=\"E404\" />");
                break;
            case "subProcess":
                sb.Append($"<bpmn:startEvent id=\"{id}_s\" /><bpmn:sequenceFlow id=\"{id}_f\" sourceRef=\"{id}_s\" targetRef=\"{(random.Next(4) == 0 ? ids[0] : id + "_e")}\" /><bpmn:endEvent id=\"{id}_e\" />");
                break;
        }
        if (kind is "userTask" && random.Next(4) == 0)
            sb.Append($"""<bpmn:multiInstanceLoopCharacteristics isSequential="{(random.Next(2) == 0 ? "true" : "false")}"><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="{Escape(Pick(["=[1,2,3]", "=items", "=", "[1"]))}" inputElement="item" /></bpmn:extensionElements><bpmn:completionCondition>{Escape(Pick(Expressions))}</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics>""");
        sb.Append($"</bpmn:{kind}>");
        if (kind is "userTask" or "subProcess" && random.Next(5) == 0)
            sb.Append($"""<bpmn:boundaryEvent id="{id}_b" attachedToRef="{(random.Next(6) == 0 ? "Nowhere" : id)}" cancelActivity="{(random.Next(2) == 0 ? "true" : "false")}"><bpmn:timerEventDefinition><bpmn:timeDuration>{Escape(Pick(Durations))}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""");
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];

    private static string Escape(string s) => System.Security.SecurityElement.Escape(s);
}
