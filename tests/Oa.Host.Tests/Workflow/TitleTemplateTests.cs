using System.Text.Json.Nodes;
using Oa.Host.Features.Instances;
using Oa.Host.Features.Org;
using Oa.Workflows.Ports;

namespace Oa.Host.Tests.Workflow;

/// <summary>Request titles: fields and the applicant by name, Scriban's builtins when a template uses them, a fallback when broken.</summary>
public sealed class TitleTemplateTests
{
    private static readonly OrgUser Applicant = new("zhangsan", "张三", null, null, true);
    private static readonly OrgSnapshot Org = new(1, [Applicant], [], []);
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    private static string Render(string template, JsonObject data, Action<string>? onError = null) =>
        TitleTemplate.Render(template, "请假", Applicant, Org, data, Now, onError);

    [Fact]
    public void SameTemplate_OtherData_RendersTheOtherValues()
    {
        var template = "{{initiator.displayName}}的请假申请（{{days}}天）" + Guid.NewGuid().ToString("N")[..4];
        Assert.StartsWith("张三的请假申请（3天）", Render(template, new JsonObject { ["days"] = 3 }));
        Assert.StartsWith("张三的请假申请（1.5天）", Render(template, new JsonObject { ["days"] = 1.5m }));
        Assert.StartsWith("张三的请假申请（天）", Render(template, []));
    }

    [Fact]
    public void TemplateUsingBuiltins_GetsThem()
    {
        Assert.Equal("报销 1234.50 元 2026", Render("报销 {{ amount | math.format \"0.00\" }} 元 {{ now | date.to_string \"%Y\" }}", new JsonObject { ["amount"] = 1234.5m }));
        Assert.Equal("ABC", Render("{{ code | string.upcase }}", new JsonObject { ["code"] = "abc" }));
    }

    [Fact]
    public void FieldNamedLikeABuiltin_StillReadsTheField()
    {
        Assert.Equal("日期 2026-12-31", Render("日期 {{ form.date }}", new JsonObject { ["date"] = "2026-12-31" }));
    }

    [Fact]
    public void BrokenTemplate_FallsBackAndSaysWhy_EveryTime()
    {
        var errors = new List<string>();
        var template = "{{ days " + Guid.NewGuid().ToString("N")[..4];
        Assert.Equal("张三的请假", Render(template, [], errors.Add));
        Assert.Equal("张三的请假", Render(template, [], errors.Add));
        Assert.Equal(2, errors.Count);
    }
}
