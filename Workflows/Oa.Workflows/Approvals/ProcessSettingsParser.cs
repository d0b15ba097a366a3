using System.Text.RegularExpressions;
using System.Xml.Linq;
using P = Oa.Workflows.Approvals.OaSchema.Process;

namespace Oa.Workflows.Approvals;

public static partial class ProcessSettingsParser
{
    // nodes: the process's extensionElements (container or children) or <oa:process> itself.
    public static (ProcessSettings Settings, IReadOnlyList<(string ElementId, string Message)> Problems) Parse(string processId, IEnumerable<XElement> nodes)
    {
        var r = new OaReader(processId);
        var e = nodes.SelectMany(n => n.Name.LocalName == "extensionElements" && n.Name.Namespace != OaSchema.Ns ? n.Elements() : [n])
            .FirstOrDefault(n => n.Name == OaSchema.Ns + P.Element);
        if (e is null) return (ProcessSettings.Default, []);
        r.CheckAttributes(e);

        var serial = r.Text(e, P.SerialRule);
        if (serial is not null) CheckSerial(r, e, serial);
        var settings = new ProcessSettings(
            r.Text(e, P.Category),
            r.Text(e, P.TitleTemplate),
            serial,
            r.Enum(e, P.SerialReset, SerialReset.Never),
            OaReader.List(r.Text(e, P.StartableBy)).Select(s => Starter(r, e, s)).OfType<StarterRule>().ToArray(),
            r.Enum(e, P.ReturnBehaviour, ReturnBehaviour.Rerun),
            OaReader.List(r.Text(e, P.Admins)))
        {
            Icon = IconOf(r, e),
            InitiatorWithdraw = r.Enum(e, P.InitiatorWithdraw, InitiatorWithdraw.UntilFirstAction),
            ApproverWithdraw = r.Bool(e, P.ApproverWithdraw, true),
            InitiatorCancel = r.Enum(e, P.InitiatorCancel, InitiatorCancel.Never),
            Notifications = ParseNotifications(r, e),
        };
        return (settings, r.Problems);
    }

    public static (ProcessSettings Settings, IReadOnlyList<(string ElementId, string Message)> Problems) Parse(string processId, XElement node) =>
        Parse(processId, [node]);

    public static (ProcessSettings Settings, IReadOnlyList<(string ElementId, string Message)> Problems) Parse(string processId, IEnumerable<Model.ExtensionElement> elements) =>
        Parse(processId, ExtensionXml.ToXElements(elements));

    static StarterRule? Starter(OaReader r, XElement e, string entry)
    {
        var colon = entry.IndexOf(':');
        if (colon > 0 && OaReader.TryToken<StarterKind>(entry[..colon], out var kind) && colon < entry.Length - 1)
            return new StarterRule(kind, entry[(colon + 1)..].Trim());
        r.Report(e, $"startableBy entry '{entry}' is not user:<name>, role:<role> or dept:<id>");
        return null;
    }

    static void CheckSerial(OaReader r, XElement e, string rule)
    {
        var tokens = Token().Matches(rule);
        if (!tokens.Any(t => t.Groups[1].Value.StartsWith("seq", StringComparison.Ordinal)))
            r.Report(e, $"serialRule=\"{rule}\" needs a {{seq:N}} counter");
        foreach (Match t in tokens)
        {
            var body = t.Groups[1].Value;
            if (body.StartsWith("seq", StringComparison.Ordinal))
            {
                if (!SeqToken().IsMatch(body)) r.Report(e, $"serialRule token {{{body}}} must be {{seq}} or {{seq:N}} with N from 1 to 12");
            }
            else if (!DateToken().IsMatch(body)) r.Report(e, $"serialRule token {{{body}}} is not a date format (yyyy, MM, dd, HH …)");
        }
        if (rule.Count(c => c == '{') != tokens.Count) r.Report(e, $"serialRule=\"{rule}\" has an unclosed '{{'");
    }

    [GeneratedRegex(@"\{([^{}]*)\}")] private static partial Regex Token();
    [GeneratedRegex(@"^seq(:([1-9]|1[0-2]))?$")] private static partial Regex SeqToken();
    [GeneratedRegex(@"^[yMdHhms]+$")] private static partial Regex DateToken();
}
