using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Ledgers;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Security;

/// <summary>
/// One of everything a user owns, made by people other than the outsider, each carrying a secret marker the
/// outsider must never see: a leave request (张三) with its open task (王磊), a file, a draft, a deputy rule, a
/// personal token, 王磊's notification and a ledger record (王芳, 销售).
/// </summary>
public sealed class OwnedObjects
{
    private OwnedObjects() { }

    public required HttpClient Owner { get; init; }
    public required HttpClient Approver { get; init; }
    public required string Secret { get; init; }
    public required string InstanceId { get; init; }
    public required string TaskId { get; init; }
    public required string FileId { get; init; }
    public required string DraftId { get; init; }
    public required long DeputyId { get; init; }
    public required string TokenId { get; init; }
    public required string PersonalToken { get; init; }
    public required long NotificationId { get; init; }
    public required string LedgerKey { get; init; }
    public required long RecordId { get; init; }
    public required string FileName { get; init; }

    public IReadOnlyList<string> Secrets => [Secret, FileName, PersonalToken];

    public static async Task<OwnedObjects> CreateAsync(OaFactory factory)
    {
        await factory.PublishLeaveAsync();
        var secret = ApiClient.Unique("机密");
        var owner = await factory.ClientAsAsync("zhangsan");
        var instanceId = (await owner.StartLeaveAsync(1, hrNote: secret)).GetProperty("id").GetString()!;
        await owner.PostAsJsonAsync($"/api/instances/{instanceId}/comments", new { text = secret });
        var approver = await factory.ClientAsAsync("wanglei");
        var taskId = (await approver.TodoTaskAsync(instanceId))!;

        var fileName = ApiClient.Unique("idor") + ".pdf";
        using var upload = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4\n%secret\n"u8.ToArray()), "file", fileName } };
        var file = await Ok(await owner.PostAsync("/api/files", upload));

        var draft = await Ok(await owner.PostAsJsonAsync("/api/drafts", new { processKey = "host_leave", variables = new { reason = secret, days = 1, leaveType = "annual" } }));
        var deputy = await Ok(await owner.PostAsJsonAsync("/api/deputies", new { deputy = "lisi", endsAt = DateTimeOffset.UtcNow.AddDays(3), reason = secret }));
        var token = await Ok(await owner.PostAsJsonAsync("/api/auth/tokens", new { name = secret, expiresInDays = 1 }));
        var notifications = await Ok(await approver.GetAsync("/api/notifications"));
        var notificationId = notifications.GetProperty("items").EnumerateArray().First().GetProperty("id").GetInt64();

        var ledgerKey = await LedgerKit.NewSalesLedgerAsync(factory);
        var record = await LedgerKit.CreateAsync(await factory.ClientAsAsync("wangfang"), ledgerKey, new { code = "S-1", customer = secret, amount = 100 });

        return new OwnedObjects
        {
            Owner = owner, Approver = approver, Secret = secret, InstanceId = instanceId, TaskId = taskId,
            FileId = file.GetProperty("id").GetString()!, FileName = fileName, DraftId = draft.GetProperty("id").GetString()!,
            DeputyId = deputy.GetProperty("id").GetInt64(), TokenId = token.GetProperty("id").GetString()!, PersonalToken = token.GetProperty("token").GetString()!,
            NotificationId = notificationId, LedgerKey = ledgerKey, RecordId = record.GetProperty("id").GetInt64(),
        };
    }

    /// <summary>After the sweep: the outsider's calls changed nothing the owners hold.</summary>
    public async Task AssertUntouchedAsync()
    {
        var instance = await Ok(await Owner.GetAsync($"/api/instances/{InstanceId}"));
        Assert.Equal("running", instance.GetProperty("status").GetString());
        Assert.Equal(TaskId, await Approver.TodoTaskAsync(InstanceId));
        Assert.Equal(HttpStatusCode.OK, (await Owner.GetAsync($"/api/files/{FileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Owner.GetAsync($"/api/drafts/{DraftId}")).StatusCode);
        var deputies = await Ok(await Owner.GetAsync("/api/deputies"));
        Assert.Contains(deputies.EnumerateArray(), d => d.GetProperty("id").GetInt64() == DeputyId && !d.GetProperty("revoked").GetBoolean());
        var tokens = await Ok(await Owner.GetAsync("/api/auth/tokens"));
        Assert.Contains(tokens.EnumerateArray(), t => t.GetProperty("id").GetString() == TokenId);
        var notifications = await Ok(await Approver.GetAsync("/api/notifications"));
        Assert.Contains(notifications.GetProperty("items").EnumerateArray(), n => n.GetProperty("id").GetInt64() == NotificationId && n.GetProperty("unread").GetBoolean());
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }
}
