using System.Xml.Linq;
using Oa.Workflows.Approvals;

namespace Oa.Workflows.Tests.Approvals;

public class ProcessSettingsParserTests
{
    static (ProcessSettings Settings, IReadOnlyList<(string ElementId, string Message)> Problems) Parse(string attributes) =>
        ProcessSettingsParser.Parse("Process_Leave", XElement.Parse(
            $"""<bpmn:extensionElements xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:oa="{OaSchema.NamespaceUri}"><oa:process {attributes} /></bpmn:extensionElements>"""));

    [Fact]
    public void FullExample_ParsesEverySetting()
    {
        var (settings, problems) = Parse("""category="考勤" titleTemplate="{{initiator.displayName}}的请假申请" serialRule="QJ-{yyyyMMdd}-{seq:4}" serialReset="daily" startableBy="role:员工,dept:d-ops,user:zhangsan" returnBehaviour="backToReturner" admins="admin" """);
        Assert.Empty(problems);
        Assert.Equal("考勤", settings.Category);
        Assert.Equal("{{initiator.displayName}}的请假申请", settings.TitleTemplate);
        Assert.Equal("QJ-{yyyyMMdd}-{seq:4}", settings.SerialRule);
        Assert.Equal(SerialReset.Daily, settings.SerialReset);
        Assert.Equal([new StarterRule(StarterKind.Role, "员工"), new StarterRule(StarterKind.Dept, "d-ops"), new StarterRule(StarterKind.User, "zhangsan")], settings.StartableBy);
        Assert.Equal(ReturnBehaviour.BackToReturner, settings.ReturnBehaviour);
        Assert.Equal(["admin"], settings.Admins);
    }

    [Fact]
    public void Missing_YieldsDefaults()
    {
        var (settings, problems) = ProcessSettingsParser.Parse("P", XElement.Parse("<extensionElements/>"));
        Assert.Same(ProcessSettings.Default, settings);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("""serialRule="QJ-{yyyyMMdd}" """, "needs a {seq:N} counter")]
    [InlineData("""serialRule="QJ-{seq:20}" """, "{seq:20} must be {seq} or {seq:N}")]
    [InlineData("""serialRule="QJ-{abc}-{seq}" """, "{abc} is not a date format")]
    [InlineData("""serialRule="QJ-{seq" """, "unclosed")]
    [InlineData("""serialReset="weekly" """, "serialReset=\"weekly\" is not one of never|daily|monthly|yearly")]
    [InlineData("""startableBy="boss" """, "startableBy entry 'boss'")]
    [InlineData("""returnBehaviour="again" """, "returnBehaviour=\"again\"")]
    public void InvalidSetting_IsReportedWithTheProcessId(string attributes, string expected)
    {
        var (_, problems) = Parse(attributes);
        Assert.Contains(problems, p => p.ElementId == "Process_Leave" && p.Message.Contains(expected));
    }
}
