using System.Security.Claims;
using System.Text.Json;
using Oa.Host.Engine;
using Oa.Host.Features.Admin.Instances;
using Oa.Host.Features.Definitions;
using Oa.Host.Identity;

namespace Oa.Host.Features.Designer;

/// <summary>
/// Who may change what in 流程管理: admins everything; a process admin the processes they administer (see
/// <see cref="ProcessAdminScope"/>) and processes not published yet (they are creating them). A form belongs to the
/// processes that start with it: a process admin may change it only if they administer all of them, because a form
/// change shows in every one; a form no process uses yet is anyone's to design.
/// </summary>
public static class DesignerAccess
{
    public static bool MayEditProcess(ClaimsPrincipal principal, EngineHost engine, string key) =>
        engine.Definitions.LatestOf(key) is { } latest ? ProcessAdminScope.Administers(principal, latest) : IsDesigner(principal);

    public static bool MayEditForm(ClaimsPrincipal principal, EngineHost engine, string formId) =>
        engine.Definitions.Latest.Where(p => p.FormId == formId).ToList() is { Count: > 0 } users
            ? users.All(p => ProcessAdminScope.Administers(principal, p))
            : IsDesigner(principal);

    /// <summary>The processes and forms in uploaded files that the caller may not change (empty = all allowed).</summary>
    public static IReadOnlyList<string> Refused(ClaimsPrincipal principal, EngineHost engine, IEnumerable<DefinitionFile> files)
    {
        var refused = new List<string>();
        foreach (var file in files)
        {
            if (file.IsBpmn)
                refused.AddRange(ProcessKeys(file.Content).Where(k => !MayEditProcess(principal, engine, k)));
            else if (file.IsForm && FormId(file.Content) is { } id && !MayEditForm(principal, engine, id))
                refused.Add(id);
        }
        return refused;
    }

    private static bool IsDesigner(ClaimsPrincipal p) => p.IsInRole(Roles.Admin) || p.IsInRole(Roles.ProcessAdmin);

    private static IEnumerable<string> ProcessKeys(string xml) =>
        DesignerXml.TryParse(xml)?.Descendants().Where(e => e.Name.LocalName == "process").Select(e => (string?)e.Attribute("id")).OfType<string>() ?? [];

    private static string? FormId(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null; // the publisher reports the broken file
        }
    }
}
