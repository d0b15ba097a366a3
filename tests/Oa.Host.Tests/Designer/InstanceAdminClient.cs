using System.Net.Http.Json;
using System.Text.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Designer;

/// <summary>Data for the 实例管理 tests: a leave process of its own (optionally with an oa:process admins list), started requests, role changes.</summary>
public static class InstanceAdminClient
{
    /// <summary>Publishes the host leave fixture under a new key; admins = the oa:process admins attribute.</summary>
    public static async Task<string> PublishOwnLeaveAsync(this OaFactory factory, string? admins = null)
    {
        var key = ApiClient.Unique("adm_leave_");
        var xml = Fixtures.Read("hostleave.bpmn").Replace("id=\"host_leave\"", $"id=\"{key}\"").Replace("bpmnElement=\"host_leave\"", $"bpmnElement=\"{key}\"");
        if (admins is not null) xml = xml.Replace("<oa:process ", $"<oa:process admins=\"{admins}\" ");
        var content = new MultipartFormDataContent { { new StringContent(xml), "files", key + ".bpmn" }, { new StringContent(Fixtures.Read("host_leave_form.form")), "files", "host_leave_form.form" } };
        var admin = await factory.ClientAsAsync("admin");
        var response = await admin.PostAsync("/api/definitions", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return key;
    }

    public static async Task<string> StartAsync(this OaFactory factory, string key, string user = "zhangsan")
    {
        var client = await factory.ClientAsAsync(user);
        var response = await client.PostAsJsonAsync($"/api/processes/{key}/instances", new
        {
            variables = new Dictionary<string, object?> { ["leaveType"] = "annual", ["days"] = 2, ["reason"] = "回家探亲" },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    public static async Task MakeProcessAdminAsync(this OaFactory factory, string user)
    {
        var admin = await factory.ClientAsAsync("admin");
        var response = await admin.PutAsJsonAsync($"/api/org/users/{user}/roles", new { roles = new[] { "process-admin" } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> DetailAsync(this HttpClient client, string id)
    {
        var response = await client.GetAsync($"/api/admin/instances/{id}");
        Assert.True(response.IsSuccessStatusCode, $"GET detail: {(int)response.StatusCode}");
        return await response.JsonAsync();
    }

    public static IEnumerable<JsonElement> History(this JsonElement detail, string type) =>
        detail.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("type").GetString() == type);
}
