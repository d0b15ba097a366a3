using System.Xml.Linq;
using Oa.Workflows.Model;
using Oa.Workflows.Runtime;

namespace Oa.Workflows.Parsing;

internal sealed partial class BpmnReader
{
    // Always FEEL (conditions, collections, mappings); the leading '=' is optional.
    private Expression? Feel(XElement owner, string? source, string what)
    {
        if (string.IsNullOrWhiteSpace(source)) return null;
        source = source.Trim();
        if (source.Contains("${") || source.Contains("#{"))
        {
            Report(owner, $"{what} '{source}' is a JUEL/EL expression, not FEEL; write it as FEEL, e.g. '=approved'.");
            return null;
        }
        var compiled = evaluator.Compile(source);
        if (!compiled.Success)
        {
            Report(owner, $"Unparsable FEEL in {what} '{source}': {compiled.Error} (at {compiled.Position}).");
            return null;
        }
        return new Expression(source, null, compiled.Expression);
    }

    // Camunda 8 attribute convention: "=expr" is FEEL, anything else a static value.
    private Expression? ValueOrFeel(XElement owner, string? source, string what)
    {
        if (source is null) return null;
        var trimmed = source.Trim();
        return trimmed.StartsWith('=') ? Feel(owner, trimmed, what) : new Expression(source, source, null);
    }

    private TimerDefinition? Timer(XElement owner, XElement definition)
    {
        var (kind, value) = definition.Element(Bpmn + "timeDate") is { } d ? (TimerKind.Date, d)
            : definition.Element(Bpmn + "timeDuration") is { } u ? (TimerKind.Duration, u)
            : definition.Element(Bpmn + "timeCycle") is { } c ? (TimerKind.Cycle, c)
            : (TimerKind.Date, null);
        if (value is null || string.IsNullOrWhiteSpace(value.Value))
        {
            Report(owner, "Timer has no timeDate, timeDuration or timeCycle value.");
            return null;
        }
        var expression = ValueOrFeel(owner, value.Value.Trim(), "timer");
        if (expression is null) return null;
        if (expression.IsStatic && !Iso8601.TryScheduleTimer(kind, expression.Literal!, DateTimeOffset.UnixEpoch, out _, out _, out _, out var error))
        {
            Report(owner, $"Timer: {error}.");
            return null;
        }
        return new TimerDefinition(kind, expression);
    }

    // Camunda 8 demands a correlation key on catching events; without zeebe:subscription we match by name only (key "").
    private MessageDefinition? Message(XElement owner, XElement? definition)
    {
        var reference = (string?)definition?.Attribute("messageRef") ?? (string?)owner.Attribute("messageRef");
        if (reference is null || !messages.TryGetValue(reference, out var message))
        {
            Report(owner, reference is null ? "Message event has no messageRef." : $"Message '{reference}' is not defined.");
            return null;
        }
        var name = (string?)message.Attribute("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            Report(owner, $"Message '{reference}' has no name.");
            return null;
        }
        var keySource = (string?)message.Element(Bpmn + "extensionElements")?.Element(Zeebe + "subscription")?.Attribute("correlationKey");
        var key = Feel(owner, keySource, "correlation key");
        var nameExpr = ValueOrFeel(owner, name, "message name");
        return nameExpr is null ? null : new MessageDefinition(reference, nameExpr, key);
    }

    private string? ErrorCode(XElement owner, XElement definition, bool required)
    {
        var reference = (string?)definition.Attribute("errorRef");
        if (reference is null)
        {
            if (required) Report(owner, "Error end event has no errorRef.");
            return null;
        }
        if (!errors.TryGetValue(reference, out var code))
        {
            Report(owner, $"Error '{reference}' is not defined.");
            return null;
        }
        if (string.IsNullOrEmpty(code) && required) Report(owner, $"Error '{reference}' has no errorCode.");
        return code;
    }
}
