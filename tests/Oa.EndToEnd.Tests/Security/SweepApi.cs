using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oa.EndToEnd.Tests.Security;

/// <summary>The REST API as one user (bearer token), for putting the payloads in; every call must succeed.</summary>
public sealed class SweepApi(HttpClient http) : IDisposable
{
    public static async Task<SweepApi> AsAsync(EndToEnd e2e, string user, string password = "Demo@2026")
    {
        var http = new HttpClient { BaseAddress = new Uri(e2e.Host.BaseUrl) };
        var token = await OkAsync(await http.PostAsJsonAsync("/api/auth/token", new { userName = user, password }));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("token").GetString());
        return new SweepApi(http);
    }

    public static Task<SweepApi> AdminAsync(EndToEnd e2e) => AsAsync(e2e, "admin", HostProcess.AdminPassword);

    public async Task<JsonElement> PostAsync(string path, object body) => await OkAsync(await http.PostAsJsonAsync(path, body));

    public async Task<JsonElement> PutAsync(string path, object body) => await OkAsync(await http.PutAsJsonAsync(path, body));

    public async Task<JsonElement> GetAsync(string path) => await OkAsync(await http.GetAsync(path));

    public async Task<JsonElement> UploadAsync(string path, params (string Field, string FileName, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (field, name, content) in files)
        {
            var part = new ByteArrayContent(content);
            // The file name is sent raw (RFC 7578 allows UTF-8), as a browser sends it; the default would MIME-encode it.
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{field}\"" };
            part.Headers.ContentDisposition.Parameters.Add(new NameValueHeaderValue("filename", "\"" + name.Replace("\"", "%22") + "\""));
            form.Add(part);
        }
        return await OkAsync(await http.PostAsync(path, form));
    }

    /// <summary>This user's open task on the request.</summary>
    public async Task<string> TodoTaskAsync(string instanceId)
    {
        var todo = await GetAsync("/api/tasks?box=todo&pageSize=100");
        var task = todo.GetProperty("items").EnumerateArray().FirstOrDefault(i => i.GetProperty("instanceId").GetString() == instanceId);
        if (task.ValueKind != JsonValueKind.Object)
            Assert.Fail($"no open task on {instanceId}: {await (await http.GetAsync($"/api/instances/{instanceId}")).Content.ReadAsStringAsync()}");
        return task.GetProperty("taskId").GetString()!;
    }

    public async Task ActAsync(string instanceId, string action, object body) =>
        await PostAsync($"/api/tasks/{await TodoTaskAsync(instanceId)}/{action}", body);

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public void Dispose() => http.Dispose();
}
