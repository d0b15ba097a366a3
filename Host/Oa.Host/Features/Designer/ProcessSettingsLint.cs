using Oa.Workflows.Approvals;
using Scriban;

namespace Oa.Host.Features.Designer;

/// <summary>
/// Publish-time checks of the Scriban texts in <c>oa:process</c> that the engine cannot make (it has no Scriban): the
/// title template and the notification overrides. At run time a broken one silently falls back to the default text,
/// so the admin hears about it here, with the process as the element.
/// </summary>
public static class ProcessSettingsLint
{
    public static IEnumerable<(string ElementId, string Message)> Check(string processKey, ProcessSettings settings)
    {
        if (Broken(settings.TitleTemplate) is { } title)
            yield return (processKey, $"oa:process: titleTemplate 语法错误 (does not parse): {title}");
        foreach (var n in settings.Notifications)
        {
            if (Broken(n.Subject) is { } subject) yield return (processKey, $"oa:notification event=\"{n.Event}\": subject 语法错误 (does not parse): {subject}");
            if (Broken(n.Body) is { } body) yield return (processKey, $"oa:notification event=\"{n.Event}\": body 语法错误 (does not parse): {body}");
            if (Broken(n.SubjectEn) is { } subjectEn) yield return (processKey, $"oa:notification event=\"{n.Event}\": subjectEn 语法错误 (does not parse): {subjectEn}");
            if (Broken(n.BodyEn) is { } bodyEn) yield return (processKey, $"oa:notification event=\"{n.Event}\": bodyEn 语法错误 (does not parse): {bodyEn}");
        }
    }

    private static string? Broken(string? template)
    {
        if (string.IsNullOrWhiteSpace(template)) return null;
        var parsed = Template.Parse(template);
        return parsed.HasErrors ? string.Join("; ", parsed.Messages.Select(m => m.ToString())) : null;
    }
}
