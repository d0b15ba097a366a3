using System.Xml.Linq;
using R = Oa.Workflows.Approvals.OaSchema.Approver;

namespace Oa.Workflows.Approvals;

public sealed partial class ApprovalPolicyParser
{
    // What each rule type reads; anything else on the element is a copy-paste slip worth reporting.
    static readonly Dictionary<ApproverRuleType, string[]> RuleAttributes = new()
    {
        [ApproverRuleType.User] = [R.Value],
        [ApproverRuleType.Role] = [R.Value],
        [ApproverRuleType.Initiator] = [],
        [ApproverRuleType.DeptHead] = [R.Level, R.Dept],
        [ApproverRuleType.DeptMembers] = [R.Dept, R.Value, R.IncludeChildren],
        [ApproverRuleType.HeadChain] = [R.ToLevel, R.ToRole],
        [ApproverRuleType.Leader] = [R.Dept],
        [ApproverRuleType.Supervisor] = [R.Level],
        [ApproverRuleType.InitiatorSelect] = [R.Variable],
        [ApproverRuleType.FormUser] = [R.Field],
        [ApproverRuleType.FormDept] = [R.Field, R.Mode, R.IncludeChildren],
        [ApproverRuleType.Expression] = [R.Value],
    };

    ApproverRule? ParseRule(OaReader r, XElement e)
    {
        var typeText = r.Text(e, R.Type);
        if (typeText is null)
        {
            r.Report(e, $"needs type ({string.Join("|", OaReader.Tokens<ApproverRuleType>())})");
            return null;
        }
        if (!OaReader.TryToken<ApproverRuleType>(typeText, out var type))
        {
            r.Report(e, $"type=\"{typeText}\" is not one of {string.Join("|", OaReader.Tokens<ApproverRuleType>())}");
            return null;
        }

        // expression rules always carry FEEL, with or without the leading '='
        var value = r.Text(e, R.Value);
        if (type == ApproverRuleType.Expression && value is not null && !value.StartsWith('=')) value = "=" + value;
        var rule = new ApproverRule(
            type,
            value is not null && value.StartsWith('=') ? [value] : OaReader.List(value),
            Level: r.Int(e, R.Level, min: 1) ?? 1,
            ToLevel: r.Int(e, R.ToLevel, min: 1),
            ToRole: r.Text(e, R.ToRole),
            Field: r.Text(e, R.Field),
            DeptTarget: r.Enum(e, R.Mode, DeptTarget.Head),
            Departments: OaReader.List(r.Text(e, R.Dept)),
            IncludeChildren: r.Bool(e, R.IncludeChildren, false),
            Variable: r.Text(e, R.Variable));

        var needs = type switch
        {
            ApproverRuleType.User or ApproverRuleType.Role when rule.Values.Count == 0 => "value (comma-separated names or =FEEL)",
            ApproverRuleType.Expression when value is null => "value with a FEEL expression",
            ApproverRuleType.DeptMembers when rule.Departments!.Count == 0 && rule.Values.Count == 0 => "dept (department ids)",
            ApproverRuleType.FormUser or ApproverRuleType.FormDept when rule.Field is null => "field (the form field key)",
            _ => null,
        };
        if (needs is not null) r.Report(e, $"type=\"{typeText}\" needs {needs}");

        foreach (var attribute in e.Attributes().Select(a => a.Name.LocalName).Where(n => n != R.Type && OaSchema.Attributes[R.Element].Contains(n)))
            if (!RuleAttributes[type].Contains(attribute))
                r.Report(e, $"{attribute} has no effect with type=\"{typeText}\" (it uses: {string.Join(", ", RuleAttributes[type].DefaultIfEmpty("nothing else"))})");

        foreach (var expression in rule.Values.Where(v => v.StartsWith('=')))
            if (feelCheck(expression[1..]) is { } error) r.Report(e, $"unparsable FEEL '{expression}': {error}");

        return needs is null ? rule : null;
    }
}
