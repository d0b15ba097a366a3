using System.Xml.Linq;
using Oa.Workflows.Approvals;

namespace Oa.Workflows.Tests.Approvals;

// initiatorCancel on <oa:process>: whether the applicant may 撤销 a running request after approvers acted.
public class ProcessSettingsCancelRuleTests
{
    static (ProcessSettings Settings, IReadOnlyList<(string ElementId, string Message)> Problems) Parse(string attributes) =>
        ProcessSettingsParser.Parse("Process_Seal", XElement.Parse(
            $"""<bpmn:extensionElements xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:oa="{OaSchema.NamespaceUri}"><oa:process {attributes}/></bpmn:extensionElements>"""));

    [Fact]
    public void NoInitiatorCancel_DefaultsToNever()
    {
        var (settings, problems) = Parse("""category="行政" """);
        Assert.Empty(problems);
        Assert.Equal(InitiatorCancel.Never, settings.InitiatorCancel);
        Assert.Equal(InitiatorCancel.Never, ProcessSettings.Default.InitiatorCancel);
    }

    [Theory]
    [InlineData("whileRunning", InitiatorCancel.WhileRunning)]
    [InlineData("never", InitiatorCancel.Never)]
    public void InitiatorCancelValue_IsRead(string value, InitiatorCancel expected)
    {
        var (settings, problems) = Parse($"""initiatorCancel="{value}" """);
        Assert.Empty(problems);
        Assert.Equal(expected, settings.InitiatorCancel);
    }

    [Fact]
    public void InitiatorCancel_IsIndependentOfTheWithdrawRule()
    {
        var (settings, problems) = Parse("""initiatorWithdraw="never" initiatorCancel="whileRunning" """);
        Assert.Empty(problems);
        Assert.Equal((InitiatorWithdraw.Never, InitiatorCancel.WhileRunning), (settings.InitiatorWithdraw, settings.InitiatorCancel));
    }

    [Theory]
    [InlineData("always")]
    [InlineData("untilFirstAction")]
    [InlineData("1")]
    public void BadInitiatorCancel_IsReportedWithTheProcessIdAndTheChoices(string value)
    {
        var (settings, problems) = Parse($"""initiatorCancel="{value}" """);
        var problem = Assert.Single(problems);
        Assert.Equal("Process_Seal", problem.ElementId);
        Assert.Contains($"initiatorCancel=\"{value}\" is not one of never|whileRunning", problem.Message);
        Assert.Equal(InitiatorCancel.Never, settings.InitiatorCancel); // a bad value never grants the right
    }

    [Fact]
    public void InitiatorCancel_IsInTheModdleDescriptorTheDesignerLoads()
    {
        Assert.Contains(OaSchema.Process.InitiatorCancel, OaSchema.Attributes[OaSchema.Process.Element]);
        Assert.Contains("\"initiatorCancel\"", OaModdle.Descriptor);
    }
}
