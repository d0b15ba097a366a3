using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Workflows.Approvals;

namespace Oa.Host.Features.Notifications;

/// <summary>
/// A process's own notification text (<c>&lt;oa:notification event="taskAssigned" subject="…" body="…"/&gt;</c> in its
/// <c>oa:process</c>), looked up for a request about one of its instances; the version the instance runs on decides.
/// </summary>
public sealed partial class ProcessNotificationTemplates(DefinitionRegistry definitions)
{
    /// <summary>The XML's camelCase event name as the host names it: taskAssigned → task-assigned.</summary>
    public static string HostEvent(string xmlEvent) => Upper().Replace(xmlEvent, m => "-" + char.ToLowerInvariant(m.Value[0]));

    public static string XmlEvent(string hostEvent) => Dash().Replace(hostEvent, m => char.ToUpperInvariant(m.Value[1]).ToString());

    public async Task<ProcessNotification?> FindAsync(OaDbContext db, NotificationRequest request, CancellationToken ct)
    {
        if (request.InstanceId is not { } id || !definitions.AnyNotificationTexts) return null;
        // The row is often new in this very transaction (the start); it is read without tracking otherwise, so the
        // engine store's own context never holds a second copy of it.
        var row = db.ProcessInstances.Local.FirstOrDefault(i => i.Id == id) is { } local ? (local.ProcessKey, local.DefinitionVersion)
            : await db.ProcessInstances.AsNoTracking().Where(i => i.Id == id).Select(i => new ValueTuple<string, int>(i.ProcessKey, i.DefinitionVersion)).FirstOrDefaultAsync(ct);
        if (row.Item1 is null) return null;
        // The registry is not refreshed here (that opens a second connection inside the caller's transaction);
        // an instance's version is loaded whenever the engine ran it on this node.
        return definitions.Find(row.Item1, row.Item2)?.Settings.NotificationFor(XmlEvent(request.Event));
    }

    [GeneratedRegex("[A-Z]")] private static partial Regex Upper();
    [GeneratedRegex("-[a-z]")] private static partial Regex Dash();
}
