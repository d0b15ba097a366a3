using System.Xml.Linq;
using Oa.Workflows.Approvals;

namespace Oa.Workflows.Tests.Approvals;

// subjectEn/bodyEn on <oa:notification>: the text for recipients whose language is English; without them, the Chinese text.
public class ProcessNotificationEnglishTests
{
    static (ProcessSettings Settings, IReadOnlyList<(string ElementId, string Message)> Problems) Parse(string children) =>
        ProcessSettingsParser.Parse("Process_Leave", XElement.Parse(
            $"""<bpmn:extensionElements xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:oa="{OaSchema.NamespaceUri}"><oa:process>{children}</oa:process></bpmn:extensionElements>"""));

    [Fact]
    public void EnglishVariant_IsReadAndChosenForEnglishRecipients_PartByPart()
    {
        var (settings, problems) = Parse("""<oa:notification event="taskAssigned" subject="请审批：{{ instance.title }}" body="今天处理" subjectEn="Please approve: {{ instance.title }}" />""");
        Assert.Empty(problems);
        var n = settings.NotificationFor("taskAssigned")!;
        Assert.Equal(("Please approve: {{ instance.title }}", "今天处理"), n.For(english: true));
        Assert.Equal(("请审批：{{ instance.title }}", "今天处理"), n.For(english: false));
    }

    [Fact]
    public void OnlyAnEnglishText_IsEnough_AndChineseRecipientsKeepTheDefault()
    {
        var (settings, problems) = Parse("""<oa:notification event="approved" bodyEn="Approved, well done" />""");
        Assert.Empty(problems);
        Assert.Equal((null, null), settings.NotificationFor("approved")!.For(english: false));
        Assert.Equal((null, "Approved, well done"), settings.NotificationFor("approved")!.For(english: true));
    }

    [Fact]
    public void ExistingDefinitionWithoutEnglish_ReadsAsBefore()
    {
        var (settings, problems) = Parse("""<oa:notification event="cc" subject="抄送" />""");
        Assert.Empty(problems);
        Assert.Equal(new ProcessNotification("cc", "抄送", null), settings.Notifications.Single());
        Assert.Equal(("抄送", null), settings.Notifications.Single().For(english: true));
    }
}
