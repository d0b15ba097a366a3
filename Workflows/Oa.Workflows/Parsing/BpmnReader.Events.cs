using System.Xml.Linq;
using Oa.Workflows.Model;
using Oa.Workflows.Nodes;

namespace Oa.Workflows.Parsing;

internal sealed partial class BpmnReader
{
    private FlowNode? ReadEvent(XElement e, string id, string? name, int? line)
    {
        var local = e.Name.LocalName;
        var definitions = e.Elements().Where(d => d.Name.Namespace == Bpmn && EventDefinitionNames.Contains(d.Name.LocalName)).ToList();
        if (e.Elements(Bpmn + "eventDefinitionRef").Any())
        {
            Report(e, "Event definitions by reference (eventDefinitionRef) are not supported.");
            return null;
        }
        if (definitions.Count > 1)
        {
            Report(e, $"Multiple event definitions on one {local} are not supported.");
            return null;
        }
        var definition = definitions.FirstOrDefault();
        var kind = definition?.Name.LocalName switch
        {
            null => EventKind.None,
            "timerEventDefinition" => EventKind.Timer,
            "messageEventDefinition" => EventKind.Message,
            "errorEventDefinition" => EventKind.Error,
            "terminateEventDefinition" => EventKind.Terminate,
            _ => (EventKind?)null,
        };
        var allowed = local switch
        {
            "startEvent" => new[] { EventKind.None, EventKind.Timer, EventKind.Message },
            "endEvent" => [EventKind.None, EventKind.Terminate, EventKind.Error, EventKind.Message],
            "intermediateCatchEvent" => [EventKind.Timer, EventKind.Message],
            "intermediateThrowEvent" => [EventKind.None, EventKind.Message],
            _ => [EventKind.Timer, EventKind.Message, EventKind.Error],
        };
        if (kind is not { } k || !allowed.Contains(k))
        {
            var what = definition is null ? "none" : definition.Name.LocalName.Replace("EventDefinition", "");
            Report(e, $"Unsupported event: {local} with {what} event definition.");
            return null;
        }
        var timer = k == EventKind.Timer ? Timer(e, definition!) : null;
        var message = k == EventKind.Message ? Message(e, definition) : null;
        switch (local)
        {
            case "startEvent":
                var ext = e.Element(Bpmn + "extensionElements");
                return new StartEvent(id, name, line) { Kind = k, Timer = timer, Message = message, FormId = FormId(ext) };
            case "endEvent":
                return new EndEvent(id, name, line) { Kind = k, Message = message, ErrorCode = k == EventKind.Error ? ErrorCode(e, definition!, true) : null };
            case "intermediateCatchEvent":
                return new IntermediateCatchEvent(id, name, line) { Kind = k, Timer = timer, Message = message, Outputs = ReadMappings(e, "output") };
            case "intermediateThrowEvent":
                return new IntermediateThrowEvent(id, name, line) { Kind = k, Message = message };
            default:
                var cancel = !string.Equals((string?)e.Attribute("cancelActivity"), "false", StringComparison.OrdinalIgnoreCase);
                if (k == EventKind.Error && !cancel) Report(e, "Error boundary events are always interrupting.");
                return new BoundaryEvent(id, name, line)
                {
                    Kind = k, CancelActivity = cancel, Timer = timer, Message = message,
                    ErrorCode = k == EventKind.Error ? ErrorCode(e, definition!, false) : null,
                };
        }
    }

    private static string? FormId(XElement? ext)
    {
        var form = ext?.Element(Zeebe + "formDefinition");
        if (form is null) return null;
        var key = (string?)form.Attribute("formKey");
        // Camunda 8 embedded forms: "camunda-forms:bpmn:userTaskForm_x" → "userTaskForm_x".
        if (key is not null && key.StartsWith("camunda-forms:bpmn:", StringComparison.Ordinal)) key = key["camunda-forms:bpmn:".Length..];
        return (string?)form.Attribute("formId") ?? key ?? (string?)form.Attribute("externalReference");
    }
}
