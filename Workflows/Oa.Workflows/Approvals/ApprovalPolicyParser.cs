using System.Xml.Linq;
using Oa.Workflows.Nodes;
using Oa.Workflows.Ports;
using A = Oa.Workflows.Approvals.OaSchema.Approval;

namespace Oa.Workflows.Approvals;

// <oa:approval> inside a user task's extensionElements → ApprovalPolicy, or the list of problems,
// each tagged with the user task's id so the deploy-time validator can report them as they are.
public sealed partial class ApprovalPolicyParser
{
    // feelCheck: expression text (without the leading '=') → error message, or null when it compiles.
    readonly Func<string, string?> feelCheck;

    public ApprovalPolicyParser(Func<string, string?> feelCheck) => this.feelCheck = feelCheck;

    // The engine's own FEEL compiler, so deploy-time validation and run time agree.
    public ApprovalPolicyParser(IExpressionEvaluator evaluator)
        : this(source => evaluator.Compile(source) is { Success: false } c ? c.Error ?? "does not compile" : null) { }

    public static ApprovalPolicyParser Default { get; } = new(FeelExpressionEvaluator.Instance);

    // nodes: either the children of <bpmn:extensionElements>, the container itself, or <oa:approval>.
    public ApprovalParseResult Parse(string elementId, IEnumerable<XElement> nodes, Func<string, bool>? nodeExists = null)
    {
        var reader = new OaReader(elementId);
        var approvals = Flatten(nodes).Where(e => e.Name == OaSchema.Ns + A.Element).ToList();
        if (approvals.Count == 0) return new(null, []);
        if (approvals.Count > 1) reader.Report(approvals[1], "a user task can carry only one oa:approval");
        var policy = ParseApproval(reader, approvals[0], nodeExists);
        return new(reader.Problems.Count == 0 ? policy : null, reader.Problems);
    }

    public ApprovalParseResult Parse(UserTask task, Func<string, bool>? nodeExists = null) =>
        Parse(task.Id, ExtensionXml.ToXElements(task.ExtensionElements), nodeExists);

    public IReadOnlyList<(string ElementId, string Message)> Validate(UserTask task, Func<string, bool>? nodeExists = null) =>
        Parse(task, nodeExists).Problems;

    public ApprovalParseResult Parse(string elementId, XElement node, Func<string, bool>? nodeExists = null) =>
        Parse(elementId, [node], nodeExists);

    public IReadOnlyList<(string ElementId, string Message)> Validate(string elementId, IEnumerable<XElement> nodes, Func<string, bool>? nodeExists = null) =>
        Parse(elementId, nodes, nodeExists).Problems;

    public IReadOnlyList<(string ElementId, string Message)> Validate(string elementId, XElement node, Func<string, bool>? nodeExists = null) =>
        Parse(elementId, [node], nodeExists).Problems;

    static IEnumerable<XElement> Flatten(IEnumerable<XElement> nodes) =>
        nodes.SelectMany(n => n.Name.LocalName == "extensionElements" && n.Name.Namespace != OaSchema.Ns ? n.Elements() : [n]);

    ApprovalPolicy ParseApproval(OaReader r, XElement e, Func<string, bool>? nodeExists)
    {
        r.CheckAttributes(e);
        var method = r.Enum(e, A.Method, ApproveMode.All);
        var ratio = r.Decimal(e, A.PassRatio);
        if (method == ApproveMode.Ratio && ratio is null)
            r.Report(e, "method=\"ratio\" needs passRatio, e.g. passRatio=\"0.6\"");
        if (ratio is { } x && (x <= 0 || x > 1)) r.Report(e, $"passRatio=\"{x}\" must be in (0, 1]");
        if (ratio is not null && method != ApproveMode.Ratio) r.Report(e, "passRatio applies only to method=\"ratio\"");

        var noApprover = r.Enum(e, A.NoApprover, NoApproverPolicy.Admin);
        var noApproverUsers = OaReader.List(r.Text(e, A.NoApproverUser));
        if (noApprover == NoApproverPolicy.Assign && noApproverUsers.Count == 0)
            r.Report(e, "noApprover=\"assign\" needs noApproverUser");

        var children = ParseChildren(r, e);
        if (!e.Elements(OaSchema.Ns + OaSchema.Approver.Element).Any()) r.Report(e, "needs at least one oa:approver");

        return new ApprovalPolicy(
            children.Approvers, method, method == ApproveMode.Ratio ? ratio : null,
            noApprover, noApproverUsers,
            r.Enum(e, A.SelfApprover, SelfApproverPolicy.Approve),
            r.Enum(e, A.Dedup, DedupPolicy.None),
            ParseComment(r, e),
            r.Bool(e, A.SignatureRequired, false),
            ParseActions(r, e),
            ParseRejectTo(r, e, nodeExists),
            children.Timeouts, children.Cc, children.Fields);
    }

    static CommentRule ParseComment(OaReader r, XElement e) => r.Text(e, A.CommentRequired) switch
    {
        null => CommentRule.Optional,
        var t when t.Equals("true", StringComparison.OrdinalIgnoreCase) => CommentRule.Required,
        var t when t.Equals("false", StringComparison.OrdinalIgnoreCase) => CommentRule.Optional,
        var t when t.Equals("onReject", StringComparison.OrdinalIgnoreCase) => CommentRule.OnReject,
        var t => Bad(r, e, $"{A.CommentRequired}=\"{t}\" is not true|false|onReject", CommentRule.Optional),
    };

    static IReadOnlyList<ApprovalAction> ParseActions(OaReader r, XElement e)
    {
        var text = r.Text(e, A.Actions);
        if (text is null) return ApprovalPolicy.DefaultActions;
        var actions = OaReader.List(text).Select(t => r.Token(e, A.Actions, t, ApprovalAction.Approve)).Distinct().ToArray();
        if (!actions.Contains(ApprovalAction.Approve)) r.Report(e, "actions must include approve");
        return actions;
    }

    static RejectTarget ParseRejectTo(OaReader r, XElement e, Func<string, bool>? nodeExists)
    {
        var text = r.Text(e, A.RejectTo);
        if (text is null) return RejectTarget.End;
        if (text.StartsWith("node:", StringComparison.OrdinalIgnoreCase))
        {
            var id = text[5..].Trim();
            if (id.Length == 0) return Bad(r, e, "rejectTo=\"node:\" needs a node id", RejectTarget.End);
            if (nodeExists is not null && !nodeExists(id)) r.Report(e, $"rejectTo refers to unknown node '{id}'");
            return new RejectTarget(RejectTargetKind.Node, id);
        }
        if (OaReader.TryToken<RejectTargetKind>(text, out var kind) && kind != RejectTargetKind.Node) return new RejectTarget(kind);
        return Bad(r, e, $"rejectTo=\"{text}\" is not end|initiator|previous|node:<id>", RejectTarget.End);
    }

    static T Bad<T>(OaReader r, XElement e, string message, T fallback)
    {
        r.Report(e, message);
        return fallback;
    }
}
