using System.Xml.Linq;
using Oa.Workflows.Approvals;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Tests.Approvals;

public class ApprovalPolicyParserTests
{
    const string Head = """<oa:approver type="deptHead" />""";

    static string Problems(string attributes, string children) =>
        string.Join("\n", Approval.Parse(attributes, children).Problems.Select(p => $"{p.ElementId}: {p.Message}"));

    [Fact]
    public void FullExample_ParsesEverySetting()
    {
        var policy = Approval.Policy(
            """method="ratio" passRatio="0.6" noApprover="reject" selfApprover="skip" dedup="consecutive" commentRequired="onReject" signatureRequired="true" actions="approve,reject,addSigner" rejectTo="node:Task_0" """,
            """
            <oa:approver type="user" value="zhangsan,lisi" />
            <oa:approver type="headChain" toLevel="3" />
            <oa:timeout duration="PT24H" action="remind" repeat="3" />
            <oa:timeout duration="P3D" action="autoApprove" />
            <oa:cc type="role" value="人事" />
            <oa:fieldPermission field="amount" access="readonly" />
            """);
        Assert.Equal(ApproveMode.Ratio, policy.Method);
        Assert.Equal(0.6m, policy.PassRatio);
        Assert.Equal(NoApproverPolicy.Reject, policy.NoApprover);
        Assert.Equal(SelfApproverPolicy.Skip, policy.SelfApprover);
        Assert.Equal(DedupPolicy.Consecutive, policy.Dedup);
        Assert.Equal(CommentRule.OnReject, policy.Comment);
        Assert.True(policy.SignatureRequired);
        Assert.Equal([ApprovalAction.Approve, ApprovalAction.Reject, ApprovalAction.AddSigner], policy.Actions);
        Assert.Equal(new RejectTarget(RejectTargetKind.Node, "Task_0"), policy.RejectTo);
        Assert.Equal(["zhangsan", "lisi"], policy.Approvers[0].Values);
        Assert.Equal(3, policy.Approvers[1].ToLevel);
        Assert.Equal([TimeSpan.FromHours(24), TimeSpan.FromDays(3)], policy.Timeouts.Select(t => t.Duration));
        Assert.Equal(3, policy.Timeouts[0].Repeat);
        Assert.Equal("人事", policy.Cc.Single().Values.Single());
        Assert.Equal(new FieldPermission("amount", FieldAccess.Readonly), policy.FieldPermissions.Single());
    }

    [Fact]
    public void Defaults_AllMethodAdminFallbackNoDedup()
    {
        var policy = Approval.Policy("", Head);
        Assert.Equal(ApproveMode.All, policy.Method);
        Assert.Null(policy.PassRatio);
        Assert.Equal(NoApproverPolicy.Admin, policy.NoApprover);
        Assert.Equal(SelfApproverPolicy.Approve, policy.SelfApprover);
        Assert.Equal(DedupPolicy.None, policy.Dedup);
        Assert.Equal(ApprovalPolicy.DefaultActions, policy.Actions);
        Assert.Equal(RejectTarget.End, policy.RejectTo);
    }

    [Fact]
    public void NoOaApproval_YieldsNoPolicyAndNoProblems()
    {
        var result = ApprovalPolicyParser.Default.Parse("Task_1", XElement.Parse("<extensionElements xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL'/>"));
        Assert.Null(result.Policy);
        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("""method="majority" """, Head, "method=\"majority\" is not one of all|any|sequential|ratio")]
    [InlineData("""method="ratio" passRatio="1.5" """, Head, "passRatio=\"1.5\" must be in (0, 1]")]
    [InlineData("""method="ratio" passRatio="0" """, Head, "must be in (0, 1]")]
    [InlineData("""method="ratio" """, Head, "needs passRatio")]
    [InlineData("""passRatio="0.5" """, Head, "passRatio applies only to method=\"ratio\"")]
    [InlineData("", """<oa:approver type="formUser" />""", "type=\"formUser\" needs field")]
    [InlineData("", """<oa:approver type="formDept" />""", "type=\"formDept\" needs field")]
    [InlineData("", """<oa:approver type="user" />""", "type=\"user\" needs value")]
    [InlineData("", """<oa:approver type="boss" />""", "type=\"boss\" is not one of")]
    [InlineData("", """<oa:approver />""", "needs type")]
    [InlineData("", """<oa:approver type="deptHead" level="0" />""", "level=\"0\" must be a whole number ≥ 1")]
    [InlineData("", """<oa:approver type="expression" value="=if amount > 1 then [&quot;a&quot;" />""", "unparsable FEEL")]
    [InlineData("", Head + """<oa:timeout duration="24h" />""", "duration=\"24h\" is not a positive ISO-8601 duration")]
    [InlineData("", Head + """<oa:timeout />""", "needs duration")]
    [InlineData("", Head + """<oa:timeout duration="PT1H" action="autoApprove" repeat="2" />""", "repeat applies only to action=\"remind\"")]
    [InlineData("", Head + """<oa:timeout duration="PT1H" action="autoApprove" /><oa:timeout duration="PT2H" action="autoReject" />""", "only one oa:timeout may auto-approve")]
    [InlineData("", Head + """<oa:fieldPermission field="amount" access="secret" />""", "access=\"secret\" is not one of editable|readonly|hidden")]
    [InlineData("", Head + """<oa:fieldPermission access="hidden" />""", "needs field")]
    [InlineData("", Head + """<oa:fieldPermission field="a" access="hidden" /><oa:fieldPermission field="a" access="readonly" />""", "field 'a' is listed twice")]
    [InlineData("""actions="approve,fly" """, Head, "actions=\"fly\" is not one of")]
    [InlineData("""actions="reject" """, Head, "actions must include approve")]
    [InlineData("""rejectTo="somewhere" """, Head, "rejectTo=\"somewhere\" is not end|initiator|previous|node:<id>")]
    [InlineData("""rejectTo="node:" """, Head, "needs a node id")]
    [InlineData("""noApprover="assign" """, Head, "noApprover=\"assign\" needs noApproverUser")]
    [InlineData("""commentRequired="maybe" """, Head, "commentRequired=\"maybe\" is not true|false|onReject")]
    [InlineData("""methd="any" """, Head, "unknown attribute 'methd'")]
    [InlineData("", Head + """<oa:approvers />""", "unknown child oa:approvers")]
    [InlineData("", "", "needs at least one oa:approver")]
    [InlineData("", """<oa:approver type="role" value="财务" field="approver" />""", "field has no effect with type=\"role\" (it uses: value)")]
    [InlineData("", """<oa:approver type="initiator" level="2" />""", "level has no effect with type=\"initiator\" (it uses: nothing else)")]
    public void InvalidSetting_IsReportedWithTheElementId(string attributes, string children, string expected)
    {
        var problems = Problems(attributes, children);
        Assert.Contains("Task_1: ", problems);
        Assert.Contains(expected, problems);
    }

    [Fact]
    public void Problem_CarriesTheSourceLine()
    {
        var problems = Problems("", "\n" + """<oa:approver type="formUser" />""");
        Assert.Contains("(line 2)", problems);
    }

    [Fact]
    public void InvalidPolicy_YieldsNoPolicy() => Assert.Null(Approval.Parse("""method="x" """, Head).Policy);

    [Fact]
    public void RejectToUnknownNode_IsReportedWhenTheCallerKnowsTheNodes()
    {
        var problems = ApprovalPolicyParser.Default.Validate("Task_1", Approval.Xml("""rejectTo="node:Task_9" """, Head), id => id == "Task_0");
        Assert.Equal(("Task_1", "oa:approval: rejectTo refers to unknown node 'Task_9' (line 1)"), Assert.Single(problems));
    }

    [Fact]
    public void TwoApprovalElements_AreReported()
    {
        var ext = XElement.Parse($"""
            <extensionElements xmlns:oa="{OaSchema.NamespaceUri}">
              <oa:approval><oa:approver type="initiator" /></oa:approval>
              <oa:approval><oa:approver type="initiator" /></oa:approval>
            </extensionElements>
            """);
        Assert.Contains(ApprovalPolicyParser.Default.Validate("Task_7", ext), p => p.ElementId == "Task_7" && p.Message.Contains("only one oa:approval"));
    }

    [Fact]
    public void FeelCheck_IsPluggable()
    {
        var parser = new ApprovalPolicyParser(source => source.Contains("boom") ? "boom is not a function" : null);
        var problems = parser.Validate("Task_1", Approval.Xml("", """<oa:approver type="user" value="=boom()" />"""));
        Assert.Contains(problems, p => p.Message.Contains("boom is not a function"));
    }

    [Fact]
    public void ExpressionWithoutEquals_IsStillFeel() =>
        Assert.Equal(["=manager"], Approval.Policy("", """<oa:approver type="expression" value="manager" />""").Approvers[0].Values);

    [Fact]
    public void ForeignExtensionChildren_AreLeftAlone() =>
        Assert.True(Approval.Parse("", Head + """<zeebe:x xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" />""").IsValid);
}
