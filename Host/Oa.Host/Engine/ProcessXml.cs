using System.Xml.Linq;
using Oa.Forms.Permissions;
using FieldAccess = Oa.Forms.Permissions.FieldAccess;
using Oa.Workflows.Approvals;

namespace Oa.Host.Engine;

/// <summary>
/// What the engine model does not keep but the host needs from a process's XML: the process-level
/// <c>oa:process</c> settings and the start event's <c>oa:fieldPermission</c> list. Callers find the process element
/// once and read both from it.
/// </summary>
public static class ProcessXml
{
    private const string OaNamespace = "http://oa.dev/schema/bpmn/oa";

    public static XElement? Process(string xml, string processKey) =>
        XDocument.Parse(xml).Descendants().FirstOrDefault(e => e.Name.LocalName == "process" && (string?)e.Attribute("id") == processKey);

    public static (ProcessSettings Settings, IReadOnlyList<(string ElementId, string Message)> Problems) Settings(XElement? process, string processKey) =>
        Extensions(process) is { } extensions ? ProcessSettingsParser.Parse(processKey, extensions.Elements()) : (ProcessSettings.Default, []);

    /// <summary>
    /// <c>&lt;oa:fieldPermission field="…" access="hidden|readonly|editable"/&gt;</c> in the start event's extension
    /// elements: fields only approvers fill in stay out of the applicant's form.
    /// </summary>
    public static FieldPermissions StartPermissions(XElement? process, string? startEventId)
    {
        var fields = new Dictionary<string, FieldAccess>(StringComparer.Ordinal);
        var start = process?.Elements().FirstOrDefault(e => e.Name.LocalName == "startEvent" && (string?)e.Attribute("id") == startEventId);
        var permissions = Extensions(start)?.Elements().Where(e => e.Name.LocalName == "fieldPermission" && e.Name.NamespaceName == OaNamespace) ?? [];
        foreach (var p in permissions)
            if ((string?)p.Attribute("field") is { Length: > 0 } field && Enum.TryParse<FieldAccess>((string?)p.Attribute("access"), true, out var access))
                fields[field] = access;
        return FieldPermissions.ForNode(true, fields);
    }

    private static XElement? Extensions(XElement? element) => element?.Elements().FirstOrDefault(e => e.Name.LocalName == "extensionElements");
}
