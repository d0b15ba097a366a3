using System.Xml;
using System.Xml.Linq;
using R = Oa.Workflows.Approvals.OaSchema.Approver;
using T = Oa.Workflows.Approvals.OaSchema.Timeout;
using F = Oa.Workflows.Approvals.OaSchema.FieldPermission;

namespace Oa.Workflows.Approvals;

public sealed partial class ApprovalPolicyParser
{
    sealed record Children(
        List<ApproverRule> Approvers, List<TimeoutPolicy> Timeouts, List<ApproverRule> Cc, List<FieldPermission> Fields);

    Children ParseChildren(OaReader r, XElement approval)
    {
        var result = new Children([], [], [], []);
        var allowed = OaSchema.Children[OaSchema.Approval.Element];
        foreach (var child in approval.Elements())
        {
            if (child.Name.Namespace != OaSchema.Ns) continue; // foreign extensions belong to someone else
            var name = child.Name.LocalName;
            if (!allowed.Contains(name))
            {
                r.Report(approval, $"unknown child oa:{name} (allowed: {string.Join(", ", allowed.Select(a => "oa:" + a))})");
                continue;
            }
            r.CheckAttributes(child);
            switch (name)
            {
                case R.Element: if (ParseRule(r, child) is { } rule) result.Approvers.Add(rule); break;
                case R.Cc: if (ParseRule(r, child) is { } cc) result.Cc.Add(cc); break;
                case T.Element: if (ParseTimeout(r, child) is { } t) result.Timeouts.Add(t); break;
                case F.Element: if (ParseField(r, child, result.Fields) is { } f) result.Fields.Add(f); break;
            }
        }
        if (result.Timeouts.Count(t => t.Action != TimeoutAction.Remind) > 1)
            r.Report(approval, "only one oa:timeout may auto-approve or auto-reject");
        return result;
    }

    static TimeoutPolicy? ParseTimeout(OaReader r, XElement e)
    {
        var text = r.Text(e, T.Duration);
        var action = r.Enum(e, T.Action, TimeoutAction.Remind);
        var repeat = r.Int(e, T.Repeat, min: 1);
        if (repeat is not null && action != TimeoutAction.Remind)
            r.Report(e, "repeat applies only to action=\"remind\"; add a second oa:timeout for the automatic action");
        if (text is null) { r.Report(e, "needs duration, e.g. duration=\"PT24H\""); return null; }
        if (!TryIsoDuration(text, out var duration))
        {
            r.Report(e, $"duration=\"{text}\" is not a positive ISO-8601 duration such as PT24H or P2D");
            return null;
        }
        return new TimeoutPolicy(text, duration, action, repeat ?? 1);
    }

    internal static bool TryIsoDuration(string text, out TimeSpan duration)
    {
        duration = default;
        if (!text.StartsWith('P')) return false; // XmlConvert also accepts a leading '-'
        try { duration = XmlConvert.ToTimeSpan(text); }
        catch (FormatException) { return false; }
        catch (OverflowException) { return false; }
        return duration > TimeSpan.Zero;
    }

    static FieldPermission? ParseField(OaReader r, XElement e, List<FieldPermission> earlier)
    {
        var field = r.Text(e, F.Field);
        var access = r.Enum(e, F.Access, FieldAccess.Readonly);
        if (r.Text(e, F.Access) is null) r.Report(e, "needs access=\"editable|readonly|hidden\"");
        if (field is null) { r.Report(e, "needs field"); return null; }
        if (earlier.Any(p => p.Field == field)) { r.Report(e, $"field '{field}' is listed twice"); return null; }
        return new FieldPermission(field, access);
    }
}
