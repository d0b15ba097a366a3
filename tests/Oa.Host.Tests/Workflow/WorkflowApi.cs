using System.Net.Http.Json;
using System.Text.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Workflow;

/// <summary>Steps the workflow tests share: publish the fixture, start a leave request, find a user's task.</summary>
public static class WorkflowApi
{
    public static async Task PublishLeaveAsync(this OaFactory factory)
    {
        var admin = await factory.ClientAsAsync("admin");
        var response = await admin.PostAsync("/api/definitions", Fixtures.Upload("hostleave.bpmn", "host_leave_form.form"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> StartLeaveAsync(this HttpClient client, decimal days, string? hrNote = null)
    {
        var response = await client.PostAsJsonAsync("/api/processes/host_leave/instances", new
        {
            variables = new Dictionary<string, object?> { ["leaveType"] = "annual", ["days"] = days, ["reason"] = "回家探亲", ["hrNote"] = hrNote },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    /// <summary>The open task of an instance in the user's 待办, or null.</summary>
    public static async Task<string?> TodoTaskAsync(this HttpClient client, string instanceId)
    {
        var page = await (await client.GetAsync("/api/tasks?box=todo&pageSize=100")).JsonAsync();
        return page.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("instanceId").GetString() == instanceId)
            .Select(i => i.GetProperty("taskId").GetString()).FirstOrDefault();
    }

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, string taskId, string action, object? body = null) =>
        client.PostAsJsonAsync($"/api/tasks/{taskId}/{action}", body ?? new { });
}
