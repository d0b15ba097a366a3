using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oa.EndToEnd.Tests.Workbench;

/// <summary>
/// The public REST API as one user, for the data a browser test needs but does not test (starting a request, an
/// approver's earlier step): the UI under test is driven in Chromium, the rest goes the quick way.
/// </summary>
public sealed class WorkbenchApi : IDisposable
{
    private readonly HttpClient _http;

    private WorkbenchApi(HttpClient http) => _http = http;

    public static async Task<WorkbenchApi> AsAsync(EndToEnd e2e, string user, string password = "Demo@2026")
    {
        var http = new HttpClient { BaseAddress = new Uri(e2e.Host.BaseUrl) };
        var response = await http.PostAsJsonAsync("/api/auth/token", new { userName = user, password });
        Assert.True(response.IsSuccessStatusCode, $"token for {user}: {(int)response.StatusCode}");
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new WorkbenchApi(http);
    }

    public static Task<WorkbenchApi> AdminAsync(EndToEnd e2e) => AsAsync(e2e, "admin", HostProcess.AdminPassword);

    /// <summary>Publishes a process and its form (as the admin's upload would) and returns nothing: the caller knows the key.</summary>
    public async Task PublishAsync(string key, string bpmn, string formId, string formJson)
    {
        var upload = new MultipartFormDataContent
        {
            { new StringContent(bpmn), "files", $"{key}.bpmn" },
            { new StringContent(formJson), "files", $"{formId}.form" },
        };
        var response = await _http.PostAsync("/api/definitions", upload);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<string> StartAsync(string processKey, object variables)
    {
        var response = await _http.PostAsJsonAsync($"/api/processes/{processKey}/instances", new { variables });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>This user's open task on the request, or null.</summary>
    public async Task<string?> TodoTaskAsync(string instanceId)
    {
        var page = await _http.GetFromJsonAsync<JsonElement>("/api/tasks?box=todo&pageSize=100");
        return page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("instanceId").GetString() == instanceId)
            .Select(i => i.GetProperty("taskId").GetString()).FirstOrDefault();
    }

    public async Task ActAsync(string instanceId, string action, object? body = null)
    {
        var task = await TodoTaskAsync(instanceId);
        Assert.True(task is not null, $"no open task in {instanceId}");
        var response = await _http.PostAsJsonAsync($"/api/tasks/{task}/{action}", body ?? new { });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public Task<string> GetStringAsync(string path) => _http.GetStringAsync(path);

    public void Dispose() => _http.Dispose();
}
