using System.Xml.Linq;

namespace Oa.Workflows.Approvals;

// Every element and attribute name of the oa: vocabulary. The parser reads names only from here and
// a test checks this table against oa.json, so the designer (bpmn-js) and the engine cannot drift.
public static class OaSchema
{
    public const string NamespaceUri = "http://oa.dev/schema/bpmn/oa";
    public const string Prefix = "oa";
    public static readonly XNamespace Ns = NamespaceUri;

    public static class Approval
    {
        public const string Element = "approval";
        public const string Method = "method", PassRatio = "passRatio", NoApprover = "noApprover",
            NoApproverUser = "noApproverUser", SelfApprover = "selfApprover", Dedup = "dedup",
            CommentRequired = "commentRequired", SignatureRequired = "signatureRequired",
            Actions = "actions", RejectTo = "rejectTo";
    }

    // <oa:approver> and <oa:cc> share the rule attributes: a CC list is resolved like approvers.
    public static class Approver
    {
        public const string Element = "approver";
        public const string Cc = "cc";
        public const string Type = "type", Value = "value", Level = "level", ToLevel = "toLevel",
            ToRole = "toRole", Field = "field", Mode = "mode", Dept = "dept",
            IncludeChildren = "includeChildren", Variable = "variable";
    }

    public static class Timeout
    {
        public const string Element = "timeout";
        public const string Duration = "duration", Action = "action", Repeat = "repeat";
    }

    public static class FieldPermission
    {
        public const string Element = "fieldPermission";
        public const string Field = "field", Access = "access";
    }

    public static class Process
    {
        public const string Element = "process";
        public const string Category = "category", TitleTemplate = "titleTemplate", SerialRule = "serialRule",
            SerialReset = "serialReset", StartableBy = "startableBy", ReturnBehaviour = "returnBehaviour",
            Admins = "admins", Icon = "icon", InitiatorWithdraw = "initiatorWithdraw", ApproverWithdraw = "approverWithdraw",
            InitiatorCancel = "initiatorCancel";
    }

    // <oa:notification event="taskAssigned" subject="…" body="…"/> inside <oa:process>: this process's own text for one event.
    public static class Notification
    {
        public const string Element = "notification";
        public const string Event = "event", Subject = "subject", Body = "body", SubjectEn = "subjectEn", BodyEn = "bodyEn";
    }

    static readonly string[] RuleAttributes =
    [
        Approver.Type, Approver.Value, Approver.Level, Approver.ToLevel, Approver.ToRole, Approver.Field,
        Approver.Mode, Approver.Dept, Approver.IncludeChildren, Approver.Variable,
    ];

    // element name → the attributes it may carry; unknown attributes are reported, so a typo
    // like methd="any" is a deploy error instead of a silently ignored setting.
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes =
        new Dictionary<string, IReadOnlyList<string>>
        {
            [Approval.Element] =
            [
                Approval.Method, Approval.PassRatio, Approval.NoApprover, Approval.NoApproverUser,
                Approval.SelfApprover, Approval.Dedup, Approval.CommentRequired, Approval.SignatureRequired,
                Approval.Actions, Approval.RejectTo,
            ],
            [Approver.Element] = RuleAttributes,
            [Approver.Cc] = RuleAttributes,
            [Timeout.Element] = [Timeout.Duration, Timeout.Action, Timeout.Repeat],
            [FieldPermission.Element] = [FieldPermission.Field, FieldPermission.Access],
            [Process.Element] =
            [
                Process.Category, Process.TitleTemplate, Process.SerialRule, Process.SerialReset,
                Process.StartableBy, Process.ReturnBehaviour, Process.Admins, Process.Icon,
                Process.InitiatorWithdraw, Process.ApproverWithdraw, Process.InitiatorCancel,
            ],
            [Notification.Element] = [Notification.Event, Notification.Subject, Notification.Body, Notification.SubjectEn, Notification.BodyEn],
        };

    // moddle types of the attributes that are not strings (commentRequired stays a string: true|false|onReject)
    public static readonly IReadOnlyDictionary<string, string> AttributeTypes = new Dictionary<string, string>
    {
        [Approval.PassRatio] = "Real",
        [Approval.SignatureRequired] = "Boolean",
        [Approver.Level] = "Integer",
        [Approver.ToLevel] = "Integer",
        [Approver.IncludeChildren] = "Boolean",
        [Timeout.Repeat] = "Integer",
        [Process.ApproverWithdraw] = "Boolean",
    };

    // the BPMN element whose extensionElements may hold each top-level oa: element
    public static readonly IReadOnlyDictionary<string, string> AllowedIn = new Dictionary<string, string>
    {
        [Approval.Element] = "bpmn:UserTask",
        [Process.Element] = "bpmn:Process",
    };

    // which oa: children each container element may hold
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Children =
        new Dictionary<string, IReadOnlyList<string>>
        {
            [Approval.Element] = [Approver.Element, Timeout.Element, Approver.Cc, FieldPermission.Element],
            [Process.Element] = [Notification.Element],
        };
}
