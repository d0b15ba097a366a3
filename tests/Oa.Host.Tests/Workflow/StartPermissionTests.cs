using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Workflow;

public sealed class StartPermissionTests(OaFactory factory) : IClassFixture<OaFactory>
{
    /// <summary>The leave fixture with hrNote hidden on the start event: only HR fills it in later.</summary>
    private async Task PublishAsync()
    {
        var xml = Fixtures.Read("hostleave.bpmn")
            .Replace("\"host_leave\"", "\"host_leave_hr\"")
            .Replace("""<zeebe:formDefinition formId="host_leave_form" /></bpmn:extensionElements>""",
                """<zeebe:formDefinition formId="host_leave_form" /><oa:fieldPermission field="hrNote" access="hidden" /></bpmn:extensionElements>""");
        var admin = await factory.ClientAsAsync("admin");
        var content = Fixtures.Upload("host_leave_form.form");
        content.Add(new StringContent(xml), "files", "hostleave-hr.bpmn");
        var response = await admin.PostAsync("/api/definitions", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StartEventHidesField_SendingItIsRefused_LeavingItOutStarts()
    {
        await PublishAsync();
        var applicant = await factory.ClientAsAsync("zhangsan");
        var body = new Dictionary<string, object?> { ["leaveType"] = "annual", ["days"] = 1, ["reason"] = "事假" };
        var sneaky = await applicant.PostAsJsonAsync("/api/processes/host_leave_hr/instances", new { variables = new Dictionary<string, object?>(body) { ["hrNote"] = "自己批准" } });
        Assert.Equal(HttpStatusCode.BadRequest, sneaky.StatusCode);
        Assert.True((await sneaky.JsonAsync()).GetProperty("errors").TryGetProperty("hrNote", out _));
        Assert.Equal(HttpStatusCode.Created, (await applicant.PostAsJsonAsync("/api/processes/host_leave_hr/instances", new { variables = body })).StatusCode);
    }
}
