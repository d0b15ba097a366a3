using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Oa.Host.Tests.Infrastructure;

public static class ApiClient
{
    public const string DemoPassword = "Demo@2026";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>An HTTP client signed in as the user through the public token endpoint.</summary>
    public static async Task<HttpClient> ClientAsAsync(this WebApplicationFactory<Program> factory, string userName, string? password = null)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = password ?? (userName == "admin" ? OaFactory.AdminPassword : DemoPassword) });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static HttpClient Anonymous(this WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Json);

    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];
}

public static class Fixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Workflow", name));

    public static MultipartFormDataContent Upload(params string[] names)
    {
        var content = new MultipartFormDataContent();
        foreach (var name in names)
            content.Add(new StringContent(Read(name)), "files", name);
        return content;
    }
}
