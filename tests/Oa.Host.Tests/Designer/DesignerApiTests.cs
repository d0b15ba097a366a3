using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Designer;

/// <summary>/api/designer: the form fields the permission grid and condition builder show, and the FEEL check they call.</summary>
public sealed class DesignerApiTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task FormFields_ListEveryFieldOfThePublishedForm_InFormOrder()
    {
        await factory.PublishLeaveAsync();
        var admin = await factory.ClientAsAsync("admin");
        var body = await (await admin.GetAsync("/api/designer/forms/host_leave_form/fields")).JsonAsync();
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        var fields = body.GetProperty("fields").EnumerateArray().Select(f => (f.GetProperty("key").GetString(), f.GetProperty("label").GetString(), f.GetProperty("type").GetString())).ToList();
        Assert.Equal([("leaveType", "请假类型", "select"), ("days", "天数", "number"), ("reason", "事由", "textarea"), ("hrNote", "人事备注", "textfield")], fields);
    }

    [Fact]
    public async Task FormFields_OfAnUnpublishedForm_Are404()
    {
        var admin = await factory.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/designer/forms/no_such_form/fields")).StatusCode);
    }

    [Theory]
    [InlineData("=days > 3 and leaveType = \"annual\"", true)]
    [InlineData("days > 3", true)]
    [InlineData("=contains(string(reason), \"急\")", true)]
    [InlineData("=days >", false)]
    [InlineData("=(days > 3", false)]
    [InlineData("=", false)]
    public async Task FeelCheck_AnswersWhatTheEngineInterpreterSays(string expression, bool ok)
    {
        var admin = await factory.ClientAsAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/designer/feel/check", new { expression });
        var body = await response.JsonAsync();
        Assert.Equal(ok, body.GetProperty("ok").GetBoolean());
        Assert.Equal(ok, body.GetProperty("error").ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task FeelCheck_WithoutExpression_Is400WithFieldError()
    {
        var admin = await factory.ClientAsAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/designer/feel/check", new { });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("expression", out _));
        var tooLong = await admin.PostAsJsonAsync("/api/designer/feel/check", new { expression = new string('1', 5000) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task Employee_IsRefused_ByTheDesignerApi()
    {
        await factory.PublishLeaveAsync();
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.Forbidden, (await zhangsan.GetAsync("/api/designer/forms/host_leave_form/fields")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await zhangsan.PostAsJsonAsync("/api/designer/feel/check", new { expression = "1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Anonymous().GetAsync("/api/designer/forms/host_leave_form/fields")).StatusCode);
    }
}
