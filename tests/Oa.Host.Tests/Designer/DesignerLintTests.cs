using System.Net;
using System.Text.RegularExpressions;
using Oa.Host.Features.Designer;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Designer;

/// <summary>校验/发布 refuse models that deploy but cannot work as approvals: user tasks without approver, unreachable nodes.</summary>
public sealed partial class DesignerLintTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task UserTaskWithoutApprover_IsRefused_WithItsElement()
    {
        var key = ApiClient.Unique("lint_");
        var xml = ApprovalBlock().Replace(ProcessTemplate.For(key, "无审批人", null), "");
        Assert.DoesNotContain("oa:approval", xml);
        var html = await ValidateAsync(key, xml);
        Assert.Contains("<code>Task_Head</code>", html);
        Assert.Contains("用户任务没有设置审批人", html);
    }

    [Fact]
    public async Task NodeNoStartEventReaches_IsRefused_WithItsElement()
    {
        var key = ApiClient.Unique("lint_");
        var xml = ProcessTemplate.For(key, "孤立节点", null).Replace("<bpmn:endEvent id=\"End\"",
            "<bpmn:userTask id=\"Task_Orphan\" name=\"孤立\"><bpmn:extensionElements><oa:approval><oa:approver type=\"initiator\" /></oa:approval></bpmn:extensionElements></bpmn:userTask>\n<bpmn:endEvent id=\"End\"");
        var html = await ValidateAsync(key, xml);
        Assert.Contains("<code>Task_Orphan</code>", html);
        Assert.Contains("Unreachable", html); // the engine's own check
        Assert.DoesNotContain("<code>Task_Head</code>", html);
    }

    [Fact]
    public async Task TheTemplate_PassesTheLint()
    {
        var key = ApiClient.Unique("lint_");
        Assert.Contains("校验通过", await ValidateAsync(key, ProcessTemplate.For(key, "模板", null)));
    }

    private async Task<string> ValidateAsync(string key, string xml)
    {
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        var response = await admin.PostAsync("/Designer", $"/Designer/Process/{key}", ("action", "validate"), ("bpmnXml", xml));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex(@"<bpmn:extensionElements>\s*<oa:approval>.*?</oa:approval>\s*</bpmn:extensionElements>", RegexOptions.Singleline)]
    private static partial Regex ApprovalBlock();
}
