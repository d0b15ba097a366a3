using System.Xml.Linq;
using Oa.Workflows.Model;
using Oa.Workflows.Nodes;

namespace Oa.Workflows.Parsing;

internal sealed partial class BpmnReader
{
    private UserTask ReadUserTask(XElement e, XElement? ext, string id, string? name, int? line)
    {
        var assignment = ext?.Element(Zeebe + "assignmentDefinition");
        var schedule = ext?.Element(Zeebe + "taskSchedule");
        return new UserTask(id, name, line)
        {
            Assignee = ValueOrFeel(e, (string?)assignment?.Attribute("assignee"), "assignee"),
            CandidateUsers = ValueOrFeel(e, (string?)assignment?.Attribute("candidateUsers"), "candidateUsers"),
            CandidateGroups = ValueOrFeel(e, (string?)assignment?.Attribute("candidateGroups"), "candidateGroups"),
            DueDate = StaticDate(e, ValueOrFeel(e, (string?)schedule?.Attribute("dueDate"), "dueDate"), "dueDate"),
            FollowUpDate = StaticDate(e, ValueOrFeel(e, (string?)schedule?.Attribute("followUpDate"), "followUpDate"), "followUpDate"),
            FormId = FormId(ext),
        };
    }

    private Expression? StaticDate(XElement e, Expression? value, string what)
    {
        if (value is { IsStatic: true, Literal: { } text } && !Runtime.Iso8601.TryParseDate(text, out _))
            Report(e, $"{what} '{text}' is not an ISO-8601 date-time.");
        return value;
    }

    private CallActivity? ReadCallActivity(XElement e, XElement? ext, string id, string? name, int? line)
    {
        var called = ext?.Element(Zeebe + "calledElement");
        var processId = (string?)called?.Attribute("processId") ?? (string?)e.Attribute("calledElement");
        var target = ValueOrFeel(e, processId, "calledElement");
        if (target is null)
        {
            Report(e, "Call activity has no zeebe:calledElement processId.");
            return null;
        }
        return new CallActivity(id, name, line)
        {
            CalledElement = target,
            PropagateAllChildVariables = !string.Equals((string?)called?.Attribute("propagateAllChildVariables"), "false", StringComparison.OrdinalIgnoreCase),
            PropagateAllParentVariables = !string.Equals((string?)called?.Attribute("propagateAllParentVariables"), "false", StringComparison.OrdinalIgnoreCase),
        };
    }

    private ServiceTask? ReadServiceTask(XElement e, XElement? ext, string local, string id, string? name, int? line)
    {
        var definition = ext?.Element(Zeebe + "taskDefinition");
        var type = ValueOrFeel(e, (string?)definition?.Attribute("type"), "task type");
        if (type is null)
        {
            Report(e, $"{local} has no zeebe:taskDefinition type.");
            return null;
        }
        var retries = int.TryParse((string?)definition!.Attribute("retries"), out var r) ? r : 3;
        var headers = ext!.Element(Zeebe + "taskHeaders")?.Elements(Zeebe + "header")
            .Where(h => h.Attribute("key") is not null)
            .GroupBy(h => (string)h.Attribute("key")!)
            .ToDictionary(g => g.Key, g => (string?)g.Last().Attribute("value") ?? "") ?? [];
        return local switch
        {
            "sendTask" => new SendTask(id, name, line) { TaskType = type, Retries = retries, Headers = headers },
            "businessRuleTask" => new BusinessRuleTask(id, name, line) { TaskType = type, Retries = retries, Headers = headers },
            _ => new ServiceTask(id, name, line) { TaskType = type, Retries = retries, Headers = headers },
        };
    }

    private void ReadActivityCommon(XElement e, Activity activity)
    {
        var ext = e.Element(Bpmn + "extensionElements");
        activity.Inputs = ReadMappings(e, "input");
        activity.Outputs = ReadMappings(e, "output");
        activity.ExtensionElements = ext?.Elements().Select(Copy).ToArray() ?? [];
        if (e.Element(Bpmn + "standardLoopCharacteristics") is not null)
            Report(e, "Standard loops are not supported; use multi-instance or a gateway loop.");
        if (e.Element(Bpmn + "multiInstanceLoopCharacteristics") is { } mi) activity.Loop = ReadLoop(e, mi, ext);
    }

    private MultiInstanceLoop? ReadLoop(XElement e, XElement mi, XElement? ext)
    {
        var zeebe = mi.Element(Bpmn + "extensionElements")?.Element(Zeebe + "loopCharacteristics") ?? ext?.Element(Zeebe + "loopCharacteristics");
        var input = Feel(e, (string?)zeebe?.Attribute("inputCollection"), "inputCollection");
        if (input is null)
        {
            if (zeebe?.Attribute("inputCollection") is null) Report(e, "Multi-instance needs zeebe:loopCharacteristics inputCollection (loopCardinality is not supported).");
            return null;
        }
        return new MultiInstanceLoop(
            string.Equals((string?)mi.Attribute("isSequential"), "true", StringComparison.OrdinalIgnoreCase),
            input,
            (string?)zeebe!.Attribute("inputElement"),
            (string?)zeebe.Attribute("outputCollection"),
            Feel(e, (string?)zeebe.Attribute("outputElement"), "outputElement"),
            Feel(e, mi.Element(Bpmn + "completionCondition")?.Value, "completionCondition"));
    }

    private IReadOnlyList<VariableMapping> ReadMappings(XElement e, string kind)
    {
        var io = e.Element(Bpmn + "extensionElements")?.Element(Zeebe + "ioMapping");
        if (io is null) return [];
        var list = new List<VariableMapping>();
        foreach (var m in io.Elements(Zeebe + kind))
        {
            var target = (string?)m.Attribute("target");
            var source = (string?)m.Attribute("source");
            if (string.IsNullOrWhiteSpace(target) || string.IsNullOrWhiteSpace(source))
            {
                Report(e, $"zeebe:{kind} needs source and target.");
                continue;
            }
            var expression = source.TrimStart().StartsWith('=') ? Feel(e, source, $"{kind} mapping '{target}'") : new Expression(source, source, null);
            if (expression is not null) list.Add(new VariableMapping(expression, target.Trim()));
        }
        return list;
    }

    private static ExtensionElement Copy(XElement x) => new(
        x.Name.NamespaceName,
        x.Name.LocalName,
        x.Attributes().Where(a => !a.IsNamespaceDeclaration).ToDictionary(a => a.Name.LocalName, a => a.Value),
        x.HasElements ? null : x.Value,
        x.Elements().Select(Copy).ToArray(),
        Line(x));
}
