using System.Net.Http.Json;
using System.Text.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Engine;

/// <summary>Publishing and starting the .bpmn fixtures beside the engine tests.</summary>
public static class EngineFixtures
{
    public static async Task PublishAsync(this OaFactory factory, string fileName)
    {
        var admin = await factory.ClientAsAsync("admin");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Engine", fileName))), "files", fileName);
        var response = await admin.PostAsync("/api/definitions", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<string> StartAsync(this HttpClient client, string processKey, object? variables = null)
    {
        var response = await client.PostAsJsonAsync($"/api/processes/{processKey}/instances", new { variables = variables ?? new { } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> InstanceAsync(this HttpClient client, string id) =>
        await (await client.GetAsync($"/api/instances/{id}")).JsonAsync();

    public static IEnumerable<JsonElement> History(this JsonElement instance, string type) =>
        instance.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("type").GetString() == type);
}
