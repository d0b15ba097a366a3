using System.Xml.Linq;
using Oa.Workflows.Model;
using Oa.Workflows.Nodes;

namespace Oa.Workflows.Parsing;

internal sealed partial class BpmnReader
{
    private static readonly HashSet<string> EventDefinitionNames =
    [
        "timerEventDefinition", "messageEventDefinition", "errorEventDefinition", "terminateEventDefinition",
        "signalEventDefinition", "escalationEventDefinition", "compensateEventDefinition",
        "conditionalEventDefinition", "linkEventDefinition", "cancelEventDefinition",
    ];

    private FlowNode? ReadNode(XElement e, List<FlowNode> all, List<SequenceFlow> flows)
    {
        var id = Id(e)!;
        var name = (string?)e.Attribute("name");
        var line = Line(e);
        var local = e.Name.LocalName;
        if (EventDefinitionNames.Contains(local)) return null;
        if ((string?)e.Attribute("isForCompensation") == "true")
        {
            Report(e, "Compensation activities are not supported.");
            return null;
        }
        var before = problems.Count;
        FlowNode? node = local switch
        {
            "startEvent" or "endEvent" or "intermediateCatchEvent" or "intermediateThrowEvent" or "boundaryEvent" => ReadEvent(e, id, name, line),
            "exclusiveGateway" => new ExclusiveGateway(id, name, line),
            "parallelGateway" => new ParallelGateway(id, name, line),
            "inclusiveGateway" => new InclusiveGateway(id, name, line),
            "eventBasedGateway" => ReadEventBasedGateway(e, id, name, line),
            "subProcess" => ReadSubProcess(e, id, name, line, all, flows),
            _ => ReadTask(e, local, id, name, line),
        };
        if (node is Activity activity) ReadActivityCommon(e, activity);
        return problems.Count == before ? node : null;
    }

    private EventBasedGateway? ReadEventBasedGateway(XElement e, string id, string? name, int? line)
    {
        if ((string?)e.Attribute("instantiate") == "true")
        {
            Report(e, "Instantiating event-based gateways are not supported; use a message or timer start event.");
            return null;
        }
        return new EventBasedGateway(id, name, line);
    }

    private SubProcess? ReadSubProcess(XElement e, string id, string? name, int? line, List<FlowNode> all, List<SequenceFlow> flows)
    {
        if ((string?)e.Attribute("triggeredByEvent") == "true")
        {
            Report(e, "Event sub-processes are not supported.");
            return null;
        }
        var sub = new SubProcess(id, name, line);
        sub.Nodes = ReadContainer(e, sub, all, flows);
        var starts = sub.Nodes.OfType<StartEvent>().ToList();
        if (starts.Count != 1 || starts[0].Kind != EventKind.None)
            Report(e, "An embedded sub-process needs exactly one none start event.");
        else sub.StartEvent = starts[0];
        return sub;
    }

    private Activity? ReadTask(XElement e, string local, string id, string? name, int? line)
    {
        var ext = e.Element(Bpmn + "extensionElements");
        switch (local)
        {
            case "task": return new AbstractTask(id, name, line);
            case "manualTask": return new ManualTask(id, name, line);
            case "userTask": return ReadUserTask(e, ext, id, name, line);
            case "receiveTask":
                var message = Message(e, null);
                return message is null ? null : new ReceiveTask(id, name, line) { Message = message };
            case "callActivity": return ReadCallActivity(e, ext, id, name, line);
            case "serviceTask" or "sendTask" or "businessRuleTask":
                if (ext?.Element(Zeebe + "calledDecision") is not null)
                {
                    Report(e, "Business rule tasks calling DMN decisions are not supported.");
                    return null;
                }
                return ReadServiceTask(e, ext, local, id, name, line);
            default:
                Report(e, $"Unsupported element {local}.");
                return null;
        }
    }
}
