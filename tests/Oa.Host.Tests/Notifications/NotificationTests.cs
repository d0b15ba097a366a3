using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Data.Notifications;
using Oa.Host.Features.Notifications;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Notifications;

/// <summary>The host with a real SMTP conversation and a group-bot endpoint on loopback; the delivery job is off so each test drains the queue itself.</summary>
public sealed class NotifyingFactory(SmtpSink smtp, WebhookSink bot) : OaFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notifications:Enabled", "false");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", smtp.Port.ToString());
        builder.UseSetting("Smtp:Security", "None");
        builder.UseSetting("Notifications:MaxAttempts", "2");
        builder.UseSetting("Notifications:Webhooks:0:Name", "审批群");
        builder.UseSetting("Notifications:Webhooks:0:Kind", "dingtalk");
        builder.UseSetting("Notifications:Webhooks:0:Url", bot.Url);
        builder.UseSetting("Notifications:Webhooks:0:Secret", "SECtest");
    }

    public async Task<T> DbAsync<T>(Func<OaDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OaDbContext>());
    }

    public Task<int> DeliverAsync() => Services.GetRequiredService<NotificationSender>().SendDueAsync(CancellationToken.None);
}

public sealed class NotificationTests : IAsyncLifetime
{
    private readonly SmtpSink _smtp = new();
    private readonly WebhookSink _bot = new();
    private NotifyingFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new NotifyingFactory(_smtp, _bot);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _smtp.DisposeAsync();
        _bot.Dispose();
    }

    private async Task<(string Id, HttpClient Head)> StartAsync(string applicant = "zhangsan")
    {
        await _factory.PublishLeaveAsync();
        var id = (await (await _factory.ClientAsAsync(applicant)).StartLeaveAsync(1)).GetProperty("id").GetString()!;
        return (id, await _factory.ClientAsAsync("wanglei"));
    }

    [Fact]
    public async Task Start_TellsTheApproverInTheAppWithTheApplicantsName()
    {
        var (id, head) = await StartAsync();
        var page = await (await head.GetAsync("/api/notifications")).JsonAsync();
        var item = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == id);
        Assert.Equal("task-assigned", item.GetProperty("event").GetString());
        Assert.Contains("张三", item.GetProperty("body").GetString());
        Assert.Contains("部门负责人审批", item.GetProperty("body").GetString());
        Assert.Equal($"/Workbench/Instance/{id}", item.GetProperty("link").GetString());
        Assert.True(page.GetProperty("unread").GetInt32() >= 1);
    }

    [Fact]
    public async Task Reject_TellsTheApplicantWithTheComment()
    {
        var (id, head) = await StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync((await head.TodoTaskAsync(id))!, "reject", new { comment = "时间冲突" })).StatusCode);
        var applicant = await _factory.ClientAsAsync("zhangsan");
        var items = (await (await applicant.GetAsync("/api/notifications")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var rejected = items.Single(i => i.GetProperty("instanceId").GetString() == id && i.GetProperty("event").GetString() == "rejected");
        Assert.Contains("时间冲突", rejected.GetProperty("body").GetString());
        Assert.Contains("王磊", rejected.GetProperty("body").GetString());
    }

    [Fact]
    public async Task Urge_TellsTheCurrentApprover()
    {
        var (id, head) = await StartAsync();
        var applicant = await _factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.OK, (await applicant.PostAsJsonAsync($"/api/instances/{id}/urge", new { reason = "明天出发" })).StatusCode);
        var items = (await (await head.GetAsync("/api/notifications?unread=true")).JsonAsync()).GetProperty("items").EnumerateArray();
        Assert.Contains(items, i => i.GetProperty("event").GetString() == "urged" && i.GetProperty("body").GetString()!.Contains("明天出发"));
    }

    [Fact]
    public async Task Deliveries_GoOutBySmtpAndSignedDingTalkBot_ThenAreMarkedSent()
    {
        var admin = await _factory.ClientAsAsync("admin");
        var user = await (await admin.GetAsync("/api/org/users/wanglei")).JsonAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/org/users/wanglei", new { displayName = "王磊", departmentId = user.GetProperty("departmentId").GetString(), email = "wanglei@example.cn", phoneNumber = "13800000001" })).StatusCode);
        var (id, _) = await StartAsync();

        Assert.True(await _factory.DeliverAsync() >= 2);
        var mail = Assert.Single(_smtp.Messages, m => m.To == "wanglei@example.cn");
        Assert.Contains($"/Workbench/Instance/{id}", mail.Data);
        var post = Assert.Single(_bot.Posts, p => p.Body.Contains("13800000001"));
        Assert.Contains("\"atMobiles\":[\"13800000001\"]", post.Body);
        Assert.Contains("sign=", post.Query);
        Assert.Contains("timestamp=", post.Query);
        var pending = await _factory.DbAsync(db => db.NotificationDeliveries.CountAsync(d => d.Status == DeliveryStatus.Pending));
        Assert.Equal(0, pending);
        Assert.Equal(0, await _factory.DeliverAsync()); // nothing is sent twice
    }

    [Fact]
    public async Task Delivery_RefusedByTheMailServer_IsRetriedThenMarkedFailed_WithoutLosingTheInAppNotice()
    {
        var admin = await _factory.ClientAsAsync("admin");
        var user = await (await admin.GetAsync("/api/org/users/wanglei")).JsonAsync();
        await admin.PutAsJsonAsync("/api/org/users/wanglei", new { displayName = "王磊", departmentId = user.GetProperty("departmentId").GetString(), email = "wanglei@example.cn" });
        _smtp.FailNext = 10;
        var (id, head) = await StartAsync();

        await _factory.DeliverAsync();
        var first = await _factory.DbAsync(db => db.NotificationDeliveries.SingleAsync(d => d.Target == "wanglei@example.cn"));
        Assert.Equal(DeliveryStatus.Pending, first.Status);
        Assert.Equal(1, first.Attempts);
        Assert.Contains("refused for the test", first.LastError);
        Assert.True(first.NextAttemptAt > DateTimeOffset.UtcNow, "the retry waits");
        // Make the retry due now, then the second (last) attempt fails too.
        await _factory.DbAsync(db => db.NotificationDeliveries.ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        await _factory.DeliverAsync();
        var last = await _factory.DbAsync(db => db.NotificationDeliveries.SingleAsync(d => d.Target == "wanglei@example.cn"));
        Assert.Equal(DeliveryStatus.Failed, last.Status);
        Assert.Equal(2, last.Attempts);
        var items = (await (await head.GetAsync("/api/notifications")).JsonAsync()).GetProperty("items").EnumerateArray();
        Assert.Contains(items, i => i.GetProperty("instanceId").GetString() == id);
    }

    [Fact]
    public async Task MutedEvent_StaysInTheAppOnly()
    {
        var head = await _factory.ClientAsAsync("wanglei");
        var saved = await head.PutAsJsonAsync("/api/notifications/preferences", new { email = true, webhook = true, mutedEvents = new[] { "task-assigned" } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await StartAsync();
        Assert.Equal(0, await _factory.DbAsync(db => db.NotificationDeliveries.CountAsync(d => d.Notification!.UserName == "wanglei")));
        Assert.Equal(1, await _factory.DbAsync(db => db.Notifications.CountAsync(n => n.UserName == "wanglei")));
    }

    [Fact]
    public async Task Preferences_UnknownEvent_Returns400()
    {
        var head = await _factory.ClientAsAsync("wanglei");
        var response = await head.PutAsJsonAsync("/api/notifications/preferences", new { mutedEvents = new[] { "nope" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("mutedEvents", out _));
    }

    [Fact]
    public async Task ReadingSomeoneElsesNotification_Answers404_AndLeavesItUnread()
    {
        await StartAsync();
        var theirs = await _factory.DbAsync(db => db.Notifications.Where(n => n.UserName == "wanglei").Select(n => n.Id).FirstAsync());
        var other = await _factory.ClientAsAsync("lisi");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/notifications/{theirs}/read", null)).StatusCode);
        Assert.Null(await _factory.DbAsync(db => db.Notifications.Where(n => n.Id == theirs).Select(n => n.ReadAt).FirstAsync()));
        var head = await _factory.ClientAsAsync("wanglei");
        Assert.Equal(HttpStatusCode.NoContent, (await head.PostAsync($"/api/notifications/{theirs}/read", null)).StatusCode);
        Assert.NotNull(await _factory.DbAsync(db => db.Notifications.Where(n => n.Id == theirs).Select(n => n.ReadAt).FirstAsync()));
    }

    [Fact]
    public async Task ReadAll_ClearsTheBellCount()
    {
        var (_, head) = await StartAsync();
        Assert.True((await (await head.GetAsync("/api/notifications/unread-count")).JsonAsync()).GetProperty("count").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.OK, (await head.PostAsync("/api/notifications/read-all", null)).StatusCode);
        Assert.Equal(0, (await (await head.GetAsync("/api/notifications/unread-count")).JsonAsync()).GetProperty("count").GetInt32());
    }
}
