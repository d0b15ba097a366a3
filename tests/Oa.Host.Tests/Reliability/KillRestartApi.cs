using System.Net.Http.Json;
using System.Text.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Reliability;

/// <summary>The REST calls the kill/restart test makes against its child host process.</summary>
internal static class KillRestartApi
{
    public static async Task PublishAsync(HostUnderTest host, params string[] files)
    {
        var admin = await host.ClientAsAsync("admin");
        using var content = new MultipartFormDataContent();
        foreach (var f in files)
        {
            var dir = f.StartsWith("rel", StringComparison.Ordinal) ? "Reliability" : "Workflow";
            content.Add(new StringContent(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, dir, f))), "files", f);
        }
        var response = await admin.PostAsync("/api/definitions", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<string> StartAsync(HttpClient client, string key, object variables)
    {
        var response = await client.PostAsJsonAsync($"/api/processes/{key}/instances", new { variables });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    public static async Task<string> TaskOfAsync(HttpClient client, string instanceId, string elementId) =>
        (await GetAsync(client, $"/api/instances/{instanceId}")).GetProperty("openTasks").EnumerateArray()
            .Single(t => t.GetProperty("elementId").GetString() == elementId).GetProperty("id").GetString()!;

    /// <summary>Head approval where still open, then 人事 — each request ends completed with exactly two completions.</summary>
    public static async Task FinishLeavesAsync(HostUnderTest host, HttpClient admin, IReadOnlyList<string> ids)
    {
        var wanglei = await host.ClientAsAsync("wanglei");
        var wujing = await host.ClientAsAsync("wujing");
        foreach (var id in ids)
        {
            var instance = await GetAsync(admin, $"/api/instances/{id}");
            foreach (var open in instance.GetProperty("openTasks").EnumerateArray().Where(t => t.GetProperty("elementId").GetString() == "Task_Head"))
                await ActAsync(wanglei, open.GetProperty("id").GetString()!, "approve");
            await ActAsync(wujing, await TaskOfAsync(admin, id, "Task_Hr"), "complete");
            var done = await GetAsync(admin, $"/api/instances/{id}");
            Assert.Equal("completed", done.GetProperty("status").GetString());
            Assert.Equal(2, done.GetProperty("history").EnumerateArray().Count(h => h.GetProperty("type").GetString() == "TaskCompleted"));
        }
    }

    private static async Task ActAsync(HttpClient client, string task, string action)
    {
        var response = await client.PostAsJsonAsync($"/api/tasks/{task}/{action}", new { comment = "同意" });
        Assert.True(response.IsSuccessStatusCode, $"{task} {action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }
}
