using System.Text.Json.Nodes;
using Oa.Host.Features.Instances;
using Oa.Host.Features.Org;
using Oa.Workflows.Ports;

namespace Oa.Host.Tests.Workflow;

public sealed class TitleTemplateTests
{
    private static readonly OrgUser Zhang = new("zhangsan", "张三", "d1", null, true);
    private static readonly OrgSnapshot Org = new(1, [Zhang], [new OrgDepartment("d1", "京津冀鲁", null, null, null)], []);

    [Theory]
    [InlineData("{{initiator.displayName}}的请假申请（{{days}}天）", "张三的请假申请（2.5天）")]
    [InlineData("{{initiator.displayName}}的请假申请（{{form.days}}天）", "张三的请假申请（2.5天）")]
    [InlineData("{{reason}}", "<b>家事</b>")]
    public void Render_FormFieldsByBareNameOrUnderForm(string template, string expected)
    {
        var data = new JsonObject { ["days"] = 2.5m, ["reason"] = "<b>家事</b>" };
        Assert.Equal(expected, TitleTemplate.Render(template, "请假", Zhang, Org, data, DateTimeOffset.Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{{ broken")]
    [InlineData("   ")]
    public void Render_MissingOrBrokenTemplate_FallsBackToNameAndProcess(string? template) =>
        Assert.Equal("张三的请假", TitleTemplate.Render(template, "请假", Zhang, Org, [], DateTimeOffset.Now));
}
