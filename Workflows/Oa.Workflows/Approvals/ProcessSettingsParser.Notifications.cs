using System.Xml.Linq;
using N = Oa.Workflows.Approvals.OaSchema.Notification;
using P = Oa.Workflows.Approvals.OaSchema.Process;

namespace Oa.Workflows.Approvals;

public static partial class ProcessSettingsParser
{
    // The designer offers these by name; the catalogue draws each from its own glyph set, so an unknown
    // name would show nothing — it is a publish error instead.
    public static readonly IReadOnlyList<string> Icons =
        ["general", "leave", "expense", "purchase", "contract", "seal", "travel", "car", "meeting", "document", "payment", "people"];

    static string? IconOf(OaReader r, XElement e)
    {
        var icon = r.Text(e, P.Icon);
        if (icon is null || Icons.Contains(icon)) return icon;
        r.Report(e, $"icon=\"{icon}\" is not one of {string.Join("|", Icons)}");
        return null;
    }

    static IReadOnlyList<ProcessNotification> ParseNotifications(OaReader r, XElement process)
    {
        var result = new List<ProcessNotification>();
        var allowed = OaSchema.Children[P.Element];
        foreach (var child in process.Elements())
        {
            if (child.Name.Namespace != OaSchema.Ns) continue; // foreign extensions belong to someone else
            if (!allowed.Contains(child.Name.LocalName))
            {
                r.Report(process, $"unknown child oa:{child.Name.LocalName} (allowed: {string.Join(", ", allowed.Select(a => "oa:" + a))})");
                continue;
            }
            r.CheckAttributes(child);
            var name = r.Text(child, N.Event);
            var subject = r.Text(child, N.Subject);
            var body = r.Text(child, N.Body);
            var subjectEn = r.Text(child, N.SubjectEn);
            var bodyEn = r.Text(child, N.BodyEn);
            if (name is null || !ProcessNotification.Events.Contains(name))
                r.Report(child, $"event=\"{name}\" is not one of {string.Join("|", ProcessNotification.Events)}");
            else if (subject is null && body is null && subjectEn is null && bodyEn is null)
                r.Report(child, $"event=\"{name}\" needs a subject or a body");
            else if (result.Any(n => n.Event == name))
                r.Report(child, $"event=\"{name}\" appears twice; keep one oa:notification per event");
            else
                result.Add(new ProcessNotification(name, subject, body) { SubjectEn = subjectEn, BodyEn = bodyEn });
        }
        return result;
    }
}
