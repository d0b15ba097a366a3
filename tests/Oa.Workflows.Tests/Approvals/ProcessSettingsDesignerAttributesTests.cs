using System.Xml.Linq;
using Oa.Workflows.Approvals;

namespace Oa.Workflows.Tests.Approvals;

// The attributes the designer's 流程设置 group writes beyond the original set: icon, withdraw rules, per-event notifications.
public class ProcessSettingsDesignerAttributesTests
{
    static (ProcessSettings Settings, IReadOnlyList<(string ElementId, string Message)> Problems) Parse(string attributes, string children = "") =>
        ProcessSettingsParser.Parse("Process_Leave", XElement.Parse(
            $"""<bpmn:extensionElements xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:oa="{OaSchema.NamespaceUri}"><oa:process {attributes}>{children}</oa:process></bpmn:extensionElements>"""));

    [Fact]
    public void NoNewAttributes_KeepTheEarlierBehaviour()
    {
        var (settings, problems) = Parse("""category="考勤" """);
        Assert.Empty(problems);
        Assert.Null(settings.Icon);
        Assert.Equal(InitiatorWithdraw.UntilFirstAction, settings.InitiatorWithdraw);
        Assert.True(settings.ApproverWithdraw);
        Assert.Empty(settings.Notifications);
    }

    [Fact]
    public void IconWithdrawRulesAndNotifications_AreRead()
    {
        var (settings, problems) = Parse("""icon="leave" initiatorWithdraw="never" approverWithdraw="false" """,
            """<oa:notification event="taskAssigned" subject="请审批：{{ instance.title }}" body="{{ actor }}的请假等您审批" /><oa:notification event="approved" body="已批准" />""");
        Assert.Empty(problems);
        Assert.Equal("leave", settings.Icon);
        Assert.Equal(InitiatorWithdraw.Never, settings.InitiatorWithdraw);
        Assert.False(settings.ApproverWithdraw);
        Assert.Equal([new ProcessNotification("taskAssigned", "请审批：{{ instance.title }}", "{{ actor }}的请假等您审批"), new ProcessNotification("approved", null, "已批准")],
            settings.Notifications);
        Assert.Equal("已批准", settings.NotificationFor("approved")?.Body);
        Assert.Null(settings.NotificationFor("rejected"));
    }

    [Theory]
    [InlineData("""icon="rocket" """, "", "oa:process: icon=\"rocket\" is not one of general|leave")]
    [InlineData("""initiatorWithdraw="always" """, "", "oa:process: initiatorWithdraw=\"always\" is not one of untilFirstAction|never")]
    [InlineData("""approverWithdraw="maybe" """, "", "oa:process: approverWithdraw=\"maybe\" is not true|false")]
    [InlineData("", """<oa:notification event="paid" body="x" />""", "oa:notification: event=\"paid\" is not one of taskAssigned|approved")]
    [InlineData("", """<oa:notification event="approved" />""", "oa:notification: event=\"approved\" needs a subject or a body")]
    [InlineData("", """<oa:notification event="cc" body="a" /><oa:notification event="cc" body="b" />""", "event=\"cc\" appears twice")]
    [InlineData("", """<oa:notification event="cc" body="a" colour="red" />""", "oa:notification: unknown attribute 'colour'")]
    [InlineData("", """<oa:approver type="user" value="x" />""", "oa:process: unknown child oa:approver")]
    public void BadValue_IsReportedWithTheProcessIdAndTheReason(string attributes, string children, string expected)
    {
        var (_, problems) = Parse(attributes, children);
        Assert.Contains(problems, p => p.ElementId == "Process_Leave" && p.Message.Contains(expected));
    }

    [Fact]
    public void BadNotification_IsLeftOutAndTheRestKept()
    {
        var (settings, problems) = Parse("", """<oa:notification event="paid" body="x" /><oa:notification event="rejected" subject="驳回" />""");
        Assert.Single(problems);
        Assert.Equal(["rejected"], settings.Notifications.Select(n => n.Event));
    }

    // What the designer writes (bpmn-js moddle output, attributes in schema order, booleans as text) reads back the same.
    [Fact]
    public void DesignerOutput_RoundTripsThroughTheParser()
    {
        var written = new XElement(OaSchema.Ns + OaSchema.Process.Element,
            new XAttribute(OaSchema.Process.Category, "行政"),
            new XAttribute(OaSchema.Process.SerialRule, "YZ{yyyyMM}{seq:5}"),
            new XAttribute(OaSchema.Process.SerialReset, "monthly"),
            new XAttribute(OaSchema.Process.StartableBy, "dept:d-ops,role:员工"),
            new XAttribute(OaSchema.Process.Icon, "seal"),
            new XAttribute(OaSchema.Process.InitiatorWithdraw, "never"),
            new XAttribute(OaSchema.Process.ApproverWithdraw, "false"),
            new XElement(OaSchema.Ns + OaSchema.Notification.Element,
                new XAttribute(OaSchema.Notification.Event, "rejected"), new XAttribute(OaSchema.Notification.Body, "请修改后重新提交")));
        var reparsed = XElement.Parse(written.ToString());
        var (settings, problems) = ProcessSettingsParser.Parse("P", reparsed);
        Assert.Empty(problems);
        Assert.Equal("YZ{yyyyMM}{seq:5}", settings.SerialRule);
        Assert.Equal(SerialReset.Monthly, settings.SerialReset);
        Assert.Equal([new StarterRule(StarterKind.Dept, "d-ops"), new StarterRule(StarterKind.Role, "员工")], settings.StartableBy);
        Assert.Equal(("seal", InitiatorWithdraw.Never, false), (settings.Icon, settings.InitiatorWithdraw, settings.ApproverWithdraw));
        Assert.Equal(new ProcessNotification("rejected", null, "请修改后重新提交"), settings.Notifications.Single());
    }
}
