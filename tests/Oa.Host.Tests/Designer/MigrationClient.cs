using System.Net.Http.Json;
using System.Text.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Designer;

/// <summary>Data for the 实例迁移 tests: a second version of an own leave process where 部门负责人审批 has a new id.</summary>
public static class MigrationClient
{
    /// <summary>Publishes v2 of <paramref name="key"/>: the leave fixture with Task_Head renamed to Task_Lead.</summary>
    public static async Task PublishRenamedHeadAsync(this OaFactory factory, string key, string? admins = null)
    {
        var xml = Fixtures.Read("hostleave.bpmn").Replace("id=\"host_leave\"", $"id=\"{key}\"").Replace("bpmnElement=\"host_leave\"", $"bpmnElement=\"{key}\"")
            .Replace("Task_Head", "Task_Lead").Replace("部门负责人审批", "负责人审批");
        if (admins is not null) xml = xml.Replace("<oa:process ", $"<oa:process admins=\"{admins}\" ");
        var content = new MultipartFormDataContent { { new StringContent(xml), "files", key + ".bpmn" }, { new StringContent(Fixtures.Read("host_leave_form.form")), "files", "host_leave_form.form" } };
        var response = await (await factory.ClientAsAsync("admin")).PostAsync("/api/definitions", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static object Request(string key, bool mapped = true, int? batchSize = null, string? after = null, string? reason = null) => new
    {
        processKey = key, sourceVersion = 1, targetVersion = 2, batchSize, after, reason,
        mapping = mapped ? new Dictionary<string, string> { ["Task_Head"] = "Task_Lead" } : null,
    };

    public static async Task<JsonElement> PostOkAsync(this HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }
}
