using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Engine;

/// <summary>A planner failure in the host is an incident on the request (kept, visible, retryable), not a failed start.</summary>
public sealed class EngineIncidentTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task NobodyToApprove_StartSucceedsAsIncident_RetryPlansAgain()
    {
        await factory.PublishAsync("engnoapprover.bpmn");
        var applicant = await factory.ClientAsAsync("zhangsan");
        var response = await applicant.PostAsJsonAsync("/api/processes/eng_noapprover/instances", new { variables = new { } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = await response.JsonAsync();
        Assert.Equal("incident", started.GetProperty("status").GetString());
        var id = started.GetProperty("id").GetString()!;

        var admin = await factory.ClientAsAsync("admin");
        var instance = await admin.InstanceAsync(id);
        var raised = Assert.Single(instance.History("IncidentRaised"));
        Assert.Equal("Task_Nobody", raised.GetProperty("elementId").GetString());
        Assert.Contains("PlanningFailed", raised.GetProperty("data").GetString());
        var incidentId = System.Text.Json.JsonDocument.Parse(raised.GetProperty("data").GetString()!).RootElement.GetProperty("incidentId").GetString();

        // Nothing changed in the organisation: the retry plans again and fails again, as a new incident.
        var retried = await admin.PostAsJsonAsync($"/api/instances/{id}/incidents/{incidentId}/retry", new { });
        Assert.True(retried.IsSuccessStatusCode, await retried.Content.ReadAsStringAsync());
        var body = await retried.JsonAsync();
        Assert.Equal(("incident", 1), (body.GetProperty("status").GetString(), body.GetProperty("openIncidents").GetInt32()));
        Assert.Equal(2, (await admin.InstanceAsync(id)).History("IncidentRaised").Count());
    }
}
